public import Expressions
public import XMLStream

/// A `when="…"` condition of a threshold row or scoring scheme, compiled
/// when the rule set loads. It sees the parcel's names only
/// (``ExpressionNames/environment``), not custom indicators, so a row
/// inherited from a base rule set means the same in the child. A
/// condition that gives no data does not match.
public struct Condition: Sendable, Hashable {
  public let source: String
  /// Where the attribute value starts in the rule file.
  public let location: SourceLocation
  public let expression: CompiledExpression

  public init(source: String, location: SourceLocation, expression: CompiledExpression) {
    self.source = source
    self.location = location
    self.expression = expression
  }

  /// True, false, or no data with the reason.
  public func evaluate(_ inputs: ExpressionInputs) -> ExpressionResult {
    expression.evaluate(inputs)
  }

  /// True only when the condition evaluates to true.
  public func matches(_ inputs: ExpressionInputs) -> Bool {
    expression.evaluate(inputs).boolean == true
  }

  public static func == (lhs: Condition, rhs: Condition) -> Bool {
    lhs.source == rhs.source && lhs.location == rhs.location
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(location)
  }
}
