/// The language an HTML report is written in. Every label comes from one
/// table of strings per language (``HTMLStrings``); templates hold none.
public enum HTMLLanguage: String, Sendable, Hashable, CaseIterable {
  case zh
  case en

  /// Chinese when the rule set's locale is Chinese (`zh-CN`, `zh`), else English.
  public static func preferred(forLocale locale: String) -> HTMLLanguage {
    locale.lowercased().hasPrefix("zh") ? .zh : .en
  }

  /// The value of the page's `lang` attribute.
  var htmlTag: String {
    switch self {
    case .zh: "zh-CN"
    case .en: "en"
    }
  }

  /// The strings of the page in this language.
  var strings: [String: String] {
    switch self {
    case .zh: HTMLStrings.chinese
    case .en: HTMLStrings.english
    }
  }
}
