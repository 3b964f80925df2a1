/// The names expressions may use, in a fixed order: a name's position is
/// its slot, and ``ExpressionInputs`` supplies values by slot.
public struct ExpressionEnvironment: Sendable, Hashable {
  public let variables: [ExpressionVariable]
  private let slots: [String: Int]

  /// A later variable with the name of an earlier one is ignored.
  public init(_ variables: [ExpressionVariable]) {
    var kept: [ExpressionVariable] = []
    var slots: [String: Int] = [:]
    for variable in variables where slots[variable.name] == nil {
      slots[variable.name] = kept.count
      kept.append(variable)
    }
    self.variables = kept
    self.slots = slots
  }

  /// The slot of `name`, nil when it is not declared.
  public func slot(of name: String) -> Int? { slots[name] }

  /// This environment with `variable` added at the end (ignored when the
  /// name is taken).
  public func adding(_ variable: ExpressionVariable) -> ExpressionEnvironment {
    ExpressionEnvironment(variables + [variable])
  }
}
