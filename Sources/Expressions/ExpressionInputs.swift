/// The values of an environment's names for one evaluation (one parcel),
/// by slot. A slot left out reads as no data.
public struct ExpressionInputs: Sendable {
  public var values: [ExpressionResult]

  public init(_ values: [ExpressionResult]) { self.values = values }

  /// The values computed by `value` for each variable of `environment`.
  public init(
    _ environment: ExpressionEnvironment, value: (ExpressionVariable) -> ExpressionResult
  ) {
    self.values = environment.variables.map(value)
  }

  public subscript(slot: Int) -> ExpressionResult {
    get {
      slot < values.count ? values[slot] : .noData(reason: "no value was supplied")
    }
    set {
      if slot >= values.count {
        values += Array(
          repeating: .noData(reason: "no value was supplied"), count: slot - values.count + 1)
      }
      values[slot] = newValue
    }
  }
}
