/// A parsed expression before type checking: a tree of nodes, each with
/// the characters it spans.
struct Syntax: Sendable {
  enum BinaryOperator: String, Sendable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
    case greaterEqual = ">="
    case plus = "+", minus = "-", times = "*", divide = "/"
  }

  enum UnaryOperator: String, Sendable {
    case not, negate = "-"
  }

  indirect enum Kind: Sendable {
    case number(Double)
    case string(String)
    case boolean(Bool)
    case name(String)
    case unary(UnaryOperator, Syntax)
    /// The operator's own range is kept for messages about it.
    case binary(BinaryOperator, operatorRange: Range<Int>, Syntax, Syntax)
    /// `item in [list]`, or `item not in [list]` when negated.
    case membership(negated: Bool, Syntax, [Syntax])
    case call(name: String, nameRange: Range<Int>, [Syntax])
  }

  var kind: Kind
  var range: Range<Int>
  /// Levels of nesting below and including this node.
  var depth: Int
}
