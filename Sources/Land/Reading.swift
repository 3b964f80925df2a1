/// One indicator's result: a value, or no data with the reason a person
/// can read (`no tax figure for 2024`). A missing input or a zero divisor
/// is no data, never 0 and never infinity (`records.md`, "Meaning";
/// `domain.md`, "The control indicators").
public enum Reading: Sendable, Hashable {
  case value(Double)
  case noData(reason: String)

  /// The value, or nil when there is no data.
  public var value: Double? {
    if case .value(let value) = self { return value }
    return nil
  }

  /// Why there is no data, or nil when there is a value.
  public var noDataReason: String? {
    if case .noData(let reason) = self { return reason }
    return nil
  }

  /// `numerator ÷ denominator`, or no data when the denominator is 0
  /// (`zeroReason` says which figure was 0) or the quotient overflows.
  /// The reason is made only when needed: measured (release, 200k
  /// parcels, `perf record`), interpolating `the energy figure for 2024
  /// is 0` for every ratio, 0 or not, was 0.6% of a batch run.
  static func quotient(
    _ numerator: Double, _ denominator: Double, zeroReason: @autoclosure () -> String
  ) -> Reading {
    guard denominator != 0 else { return .noData(reason: zeroReason()) }
    let result = numerator / denominator
    return result.isFinite
      ? .value(result) : .noData(reason: "the quotient is too large to represent")
  }
}
