/// A calendar date (proleptic Gregorian), the value of a `date` expression.
/// The language knows nothing of time zones or times of day.
public struct ExpressionDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Nil unless `month` is 1...12 and `day` exists in that month.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year) else {
      return nil
    }
    (self.year, self.month, self.day) = (year, month, day)
  }

  /// A date written `YYYY-MM-DD` (four-digit year), as in `date("2023-06-30")`.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Whole years from `from` to `to`: the number of anniversaries of `from`
  /// reached by `to` (2020-06-30 to 2023-06-29 is 2, to 2023-06-30 is 3).
  /// Negative when `to` is before `from`: `years(a, b) == -years(b, a)`.
  /// An anniversary of 29 February in a common year falls on 1 March.
  public static func wholeYears(from: ExpressionDate, to: ExpressionDate) -> Int {
    guard to >= from else { return -wholeYears(from: to, to: from) }
    var years = to.year - from.year
    if (to.month, to.day) < (from.month, from.day) { years -= 1 }
    return years
  }

  static func days(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func < (lhs: ExpressionDate, rhs: ExpressionDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// `2023-06-30`.
  public var description: String {
    let y = String(year)
    let m = month < 10 ? "0\(month)" : "\(month)"
    let d = day < 10 ? "0\(day)" : "\(day)"
    return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
  }
}
