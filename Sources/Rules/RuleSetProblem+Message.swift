import Land
import XMLStream

extension RuleSetProblem {
  static let namespace = "urn:mujun:rules:1"

  /// The text a user sees after `file:line:column: error: `.
  var message: String {
    switch self {
    case .wrongRoot(let name, let namespace):
      return "the root element is <\(name)> \(Self.inNamespace(namespace)); "
        + "expected <ruleSet xmlns=\"\(Self.namespace)\">"
    case .wrongNamespace(let element, let namespace):
      return
        "element <\(element)> is \(Self.inNamespace(namespace)); expected namespace \(Self.namespace)"
    case .unexpectedElement(let name, let parent, let expected):
      return "unexpected element <\(name)> in <\(parent)>; expected "
        + Self.oneOf(expected.map { "<\($0)>" })
        + Self.didYouMean(name, expected, wrap: { "<\($0)>" })
    case .duplicateElement(let name, let parent, let first):
      return "duplicate <\(name)> in <\(parent)>, first given at \(first); expected it once"
    case .missingElement(let name, let parent, let expected):
      return "missing <\(name)> in <\(parent)>; expected \(expected)"
    case .emptyElement(let name, let expected):
      return "<\(name)> is empty; expected \(expected)"
    case .unknownAttribute(let name, let element, let expected):
      return "unknown attribute \"\(name)\" on <\(element)>; expected "
        + (expected.isEmpty ? "no attributes" : Self.oneOf(expected))
        + Self.didYouMean(name, expected)
    case .missingAttribute(let name, let element, let expected):
      return "missing attribute \(name) on <\(element)>; expected \(expected)"
    case .emptyAttribute(let name, let element, let expected):
      return "attribute \(name) on <\(element)> is empty; expected \(expected)"
    case .invalidRuleSetID(let attribute, let value):
      return "invalid \(attribute) \"\(value)\"; expected a rule-set id such as cn-national-2008: "
        + "ASCII letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100 characters"
    case .invalidClassification(let value):
      return
        "invalid classification \"\(value)\"; expected the GB/T 4754 edition its sector codes use, "
        + "written GB/T 4754-YYYY, such as GB/T 4754-2017"
    case .invalidLocale(let value):
      return "invalid locale \"\(value)\"; expected a language tag such as zh-CN"
    case .invalidDate(let attribute, let value):
      return
        "invalid \(attribute) date \"\(value)\"; expected a calendar date written YYYY-MM-DD, such as 2008-01-31"
    case .untilBeforeFrom(let until, let from):
      return "until \(until) is before from \(from); expected until on or after from"
    case .unknownIndicator(let value):
      let names = Indicator.allCases.map(\.rawValue)
      return "unknown indicator \"\(value)\"; expected one of \(names.joined(separator: ", "))"
        + Self.didYouMean(value, names)
    case .invalidSector(let value):
      return "invalid sector \"\(value)\"; expected a GB/T 4754 code prefix, a capital letter "
        + "and up to 4 digits, such as C, C29, C292 or C2927"
    case .invalidDistrict(let value):
      return "invalid district \"\(value)\"; expected a GB/T 2260 code prefix of 2 to 6 digits, "
        + "such as 51, 5101 or 510116"
    case .unknownZone(let value):
      let names = ZoneLevel.allCases.map(\.rawValue)
      return "unknown zone \"\(value)\"; expected one of \(names.joined(separator: ", "))"
        + Self.didYouMean(value, names)
    case .invalidNumber(let attribute, let value):
      return "invalid \(attribute) \"\(value)\"; expected a decimal number such as 0.8 or 4500"
    case .noBound:
      return "<threshold> has neither min nor max; expected at least one of them"
    case .minAboveMax(let min, let max):
      return "min \(min) is greater than max \(max); expected min at most max"
    case .unitNotAccepted(let unit, let indicator):
      let accepted = indicator.unit.acceptedUnits.map(\.rawValue)
      if accepted.count == 1 {
        return
          "unit \"\(unit)\" is not accepted for \(indicator.rawValue); expected \(accepted[0]) "
          + "(the indicator's unit, also the default when unit is left out)"
      }
      return "unit \"\(unit)\" is not accepted for \(indicator.rawValue); expected one of "
        + accepted.joined(separator: ", ") + " (default \(indicator.unit.rawValue))"
        + Self.didYouMean(unit, accepted)
    case .duplicateRow(let key, let first):
      return "duplicate threshold for \(key), first given at \(first); "
        + "expected one row per indicator, sector, district and zone"
    case .overlappingRows(let key, let first, let shared):
      return "ambiguous threshold for \(key): the row at \(first) is also in force \(shared); "
        + "expected rows with the same indicator, sector, district and zone to have periods "
        + "that do not overlap (end one with until= the day before the other's from=)"
    case .unknownBase(let id, let lookedFor, let bundled):
      let file = lookedFor.map { "a file \($0) or " } ?? ""
      return "unknown base rule set \"\(id)\"; expected \(file)one of the bundled rule sets: "
        + bundled.joined(separator: ", ") + Self.didYouMean(id, bundled)
    case .baseCycle(let chain):
      return "base cycle: \(chain.joined(separator: " -> ")); "
        + "expected a chain of bases that ends in a rule set without base"
    case .baseIDMismatch(let base, let path, let found):
      return
        "base \"\(base)\" resolved to \(path), whose id is \"\(found)\"; expected id \"\(base)\""
    case .classificationDiffersFromBase(let mine, let base, let theirs):
      return
        "classification \(mine) differs from \(theirs) of base \(base); expected the same edition, "
        + "since sector codes are compared as written"
    case .unknownBundled(let id, let bundled):
      return "unknown bundled rule set \"\(id)\"; expected one of "
        + bundled.joined(separator: ", ")
        + Self.didYouMean(id, bundled)
    case .cannotRead(let reason):
      return "cannot read the file: \(reason); check the path and its permissions"
    case .tooLarge(let limit):
      return "the file is larger than \(limit) bytes; expected a rule file, check the path"
    case .scoring(let problem):
      return problem.message
    }
  }

  func diagnostic(at location: SourceLocation) -> Diagnostic {
    Diagnostic(.error, at: location, message)
  }

  private static func inNamespace(_ namespace: String?) -> String {
    namespace.map { "in namespace \"\($0)\"" } ?? "in no namespace"
  }

  private static func oneOf(_ names: [String]) -> String {
    names.count == 1 ? names[0] : "one of " + names.joined(separator: ", ")
  }

  private static func didYouMean(
    _ written: String, _ candidates: [String], wrap: (String) -> String = { $0 }
  ) -> String {
    Suggestion.closest(to: written, among: candidates).map { "; did you mean \(wrap($0))?" } ?? ""
  }
}
