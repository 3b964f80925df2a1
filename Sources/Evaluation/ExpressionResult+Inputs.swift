import Expressions
import Land

extension ExpressionResult {
  /// A text input: the value, or no data for the reason given.
  static func text(_ value: String?, orNoData reason: String) -> ExpressionResult {
    value.map { .value(.string($0)) } ?? .noData(reason: reason)
  }

  /// A date input: the value, or no data for the reason given.
  static func date(_ value: CivilDate?, orNoData reason: String) -> ExpressionResult {
    guard let value,
      let date = ExpressionDate(year: value.year, month: value.month, day: value.day)
    else { return .noData(reason: reason) }
    return .value(.date(date))
  }
}
