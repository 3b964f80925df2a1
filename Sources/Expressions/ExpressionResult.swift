/// What evaluating an expression gives: a value, or no data with the
/// reason (the first operand that had none, or the operation that failed,
/// such as "division by zero in `tax / energy`").
public enum ExpressionResult: Sendable, Hashable {
  case value(ExpressionValue)
  case noData(reason: String)

  /// The number, when the result is one.
  public var number: Double? {
    if case .value(.number(let n)) = self { return n }
    return nil
  }

  /// The boolean, when the result is one.
  public var boolean: Bool? {
    if case .value(.boolean(let b)) = self { return b }
    return nil
  }

  /// Why there is no value; nil when there is one.
  public var noDataReason: String? {
    if case .noData(let reason) = self { return reason }
    return nil
  }
}
