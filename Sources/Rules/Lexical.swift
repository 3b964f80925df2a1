/// The lexical forms of the rule-set format, checked by hand so that the
/// loader stands on its own (the XSD says the same in `Schemas/rule-set-1.xsd`).
enum Lexical {
  /// XML white space trimmed from both ends (what `xs:token` and
  /// `xs:decimal` collapse before checking).
  static func trimmed(_ text: String) -> String {
    let isSpace: (Character) -> Bool = {
      $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n"
    }
    guard let first = text.firstIndex(where: { !isSpace($0) }),
      let last = text.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(text[first...last])
  }

  /// `cn-national-2008`: an ASCII letter or digit, then letters, digits,
  /// `.`, `_` or `-`; at most 100 characters. Safe as a file name.
  static func isRuleSetID(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first, scalars.count <= 100, isAlphanumeric(first) else {
      return false
    }
    return scalars.allSatisfy { isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
  }

  /// A GB/T 4754 code prefix: a capital letter and up to four digits.
  static func isSectorPrefix(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    guard let first = scalars.first, ("A"..."Z").contains(first), scalars.count <= 5 else {
      return false
    }
    return scalars.dropFirst().allSatisfy(isDigit)
  }

  /// A GB/T 2260 code prefix: 2 to 6 digits.
  static func isDistrictPrefix(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    return (2...6).contains(scalars.count) && scalars.allSatisfy(isDigit)
  }

  /// An `xs:decimal` (`12.5`, `-1`, `.5`; no exponent, no separators) as a
  /// finite Double, white space around it allowed.
  static func decimal(_ text: String) -> Double? {
    let value = trimmed(text)
    var scalars = Substring(value).unicodeScalars[...]
    if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
    let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = parts.first ?? Substring.UnicodeScalarView()[...]
    let fraction = parts.count > 1 ? parts[1] : Substring.UnicodeScalarView()[...]
    guard !whole.isEmpty || !fraction.isEmpty, whole.allSatisfy(isDigit),
      fraction.allSatisfy(isDigit)
    else { return nil }
    guard let number = Double(value.hasSuffix(".") ? value + "0" : value), number.isFinite else {
      return nil
    }
    return number
  }

  /// A calendar date written `YYYY-MM-DD` (year 0001 to 9999), white
  /// space around it allowed; returns it trimmed.
  static func date(_ text: String) -> String? {
    let value = trimmed(text)
    let scalars = Array(value.unicodeScalars)
    guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
    let digits = [0, 1, 2, 3, 5, 6, 8, 9]
    guard digits.allSatisfy({ isDigit(scalars[$0]) }) else { return nil }
    func number(_ range: Range<Int>) -> Int {
      range.reduce(0) { $0 * 10 + Int(scalars[$1].value - 48) }
    }
    let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
    guard year >= 1, (1...12).contains(month), day >= 1 else { return nil }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= days[month - 1] ? value : nil
  }

  /// A BCP 47 tag as the format takes it: 2 or 3 lowercase letters, then
  /// `-` and 2 to 8 letters or digits, any number of times (`zh-CN`, `zh-Hans-CN`).
  static func isLocale(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let language = parts.first, (2...3).contains(language.unicodeScalars.count),
      language.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      (2...8).contains(part.unicodeScalars.count) && part.unicodeScalars.allSatisfy(isAlphanumeric)
    }
  }

  /// `GB/T 4754-` and a four-digit year.
  static func isClassification(_ text: String) -> Bool {
    let prefix = "GB/T 4754-"
    guard text.hasPrefix(prefix) else { return false }
    let year = text.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
    return year.count == 4 && year.allSatisfy(isDigit)
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    isDigit(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }
}
