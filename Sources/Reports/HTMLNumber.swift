/// Numbers as the HTML reports print them: fixed decimals, a full stop,
/// no grouping, whatever the machine's locale, so the same inputs give the
/// same bytes.
enum HTMLNumber {
  /// `value` rounded half away from zero to `digits` decimals (`fixed(0.125, 2)` is `0.13`).
  static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return "—" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    // Beyond 2^53 a double holds no fraction worth printing.
    guard scaled < 9.0e15 else { return value.rounded().description }
    let whole = Int(scaled)
    let integer = whole / Int(scale)
    let fraction = whole % Int(scale)
    var text = (value < 0 && whole != 0 ? "-" : "") + String(integer)
    if digits > 0 {
      let digitsText = String(fraction)
      text += "." + String(repeating: "0", count: digits - digitsText.count) + digitsText
    }
    return text
  }

  /// At most `digits` decimals, trailing zeros dropped (`short(1.0)` is `1`, `short(0.95)` is `0.95`).
  static func short(_ value: Double, _ digits: Int = 2) -> String {
    var text = fixed(value, digits)
    guard text.contains(".") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }

  /// `part ÷ whole` as a percentage with one decimal (`12.5%`), `—` when `whole` is 0.
  static func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "—" }
    return fixed(Double(part) * 100 / Double(whole), 1) + "%"
  }

  /// Money: `fixed`, with a comma between each three digits of the whole
  /// part (`grouped(1234567.891, 2)` is `1,234,567.89`), so a leader reads
  /// 26 亿 at a glance; the same on every machine.
  static func grouped(_ value: Double, _ digits: Int) -> String {
    let text = fixed(value, digits)
    let sign = text.hasPrefix("-") ? "-" : ""
    let unsigned = text.dropFirst(sign.count)
    let whole = unsigned.prefix { $0 != "." }
    let rest = unsigned.dropFirst(whole.count)
    guard whole.allSatisfy(\.isNumber) else { return text }
    var groups: [Substring] = []
    var end = whole.endIndex
    while end > whole.startIndex {
      let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
      groups.insert(whole[start..<end], at: 0)
      end = start
    }
    return sign + groups.joined(separator: ",") + rest
  }

  /// SVG coordinates: two decimals at most.
  static func coordinate(_ value: Double) -> String { short(value, 2) }
}

extension HTMLNumber {
  /// At most `digits` decimals, trailing zeros dropped, the whole part
  /// grouped by threes (`groupedShort(1200000, 4)` is `1,200,000`,
  /// `groupedShort(1.2345, 4)` is `1.2345`): figures a firm checks digit
  /// by digit, to the 元 in 万元.
  static func groupedShort(_ value: Double, _ digits: Int) -> String {
    var text = grouped(value, digits)
    guard text.contains(".") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
