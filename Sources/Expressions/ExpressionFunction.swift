/// The functions expressions may call. All are pure: the same arguments
/// always give the same result.
enum ExpressionFunction: String, Sendable, CaseIterable {
  /// `min(a, b, …)`: the smallest of two or more numbers.
  case min
  /// `max(a, b, …)`: the largest of two or more numbers.
  case max
  /// `abs(x)`.
  case abs
  /// `round(x, digits)`: `x` rounded to `digits` decimals (a whole number
  /// 0…10 written out), halves away from zero.
  case round
  /// `years(from, to)`: whole years between two dates (``ExpressionDate/wholeYears(from:to:)``).
  case years
  /// `date("2023-06-30")`: a date literal; the argument must be a string
  /// literal `YYYY-MM-DD`, checked when the expression is compiled.
  case date

  /// How the call is written, for messages.
  var signature: String {
    switch self {
    case .min: "min(a, b, …)"
    case .max: "max(a, b, …)"
    case .abs: "abs(x)"
    case .round: "round(x, digits)"
    case .years: "years(from, to)"
    case .date: "date(\"YYYY-MM-DD\")"
    }
  }

  static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
