/// How a compiled node computes its result from the inputs.
typealias Evaluation = @Sendable (ExpressionInputs) -> ExpressionResult

/// A type-checked node: its type, where it is, and how to evaluate it.
struct Typed: Sendable {
  var type: ExpressionType
  var range: Range<Int>
  var evaluate: Evaluation
}
