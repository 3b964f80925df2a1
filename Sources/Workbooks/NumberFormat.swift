/// How a column shows its numbers (an Excel number format code).
public enum NumberFormat: Sendable, Hashable {
  /// Excel's `General`: as many digits as fit, up to about 11 characters.
  case general
  /// `0`: rounded to a whole number.
  case integer
  /// `0.00` for 2: rounded to this many decimal places (0...15; a count
  /// outside that range is taken as its nearest end: a spreadsheet number
  /// has 15 significant digits).
  case decimals(Int)
  /// `@`: text; numbers in the column show as `General` would.
  case text

  /// The decimal places `decimals` shows, within 0...15.
  var places: Int {
    switch self {
    case .decimals(let count): min(max(count, 0), 15)
    case .integer: 0
    case .general, .text: 0
    }
  }

  /// The format code libxlsxwriter is given; nil for `General` (the
  /// default format, no code).
  var code: String? {
    switch self {
    case .general: nil
    case .integer: "0"
    case .decimals: places == 0 ? "0" : "0." + String(repeating: "0", count: places)
    case .text: "@"
    }
  }
}
