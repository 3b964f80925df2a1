/// Bounds on what an expression may be, so that a hostile rule set cannot
/// exhaust memory or the stack while parsing, checking or evaluating.
public enum ExpressionLimits {
  /// The longest expression accepted, in characters.
  public static let maxLength = 1000
  /// The deepest nesting accepted: parentheses, operators, calls and list
  /// items each add a level.
  public static let maxDepth = 64
}
