/// A name an expression may use, declared by the caller with its type.
public struct ExpressionVariable: Sendable, Hashable {
  public var name: String
  public var type: ExpressionType
  /// True when the caller may supply no data for it (a figure missing from
  /// a record). Expressions using it then may give no data too.
  public var mayBeNoData: Bool

  public init(_ name: String, _ type: ExpressionType, mayBeNoData: Bool = false) {
    self.name = name
    self.type = type
    self.mayBeNoData = mayBeNoData
  }
}
