/// A value an expression computes or a caller supplies for a name.
public enum ExpressionValue: Sendable, Hashable {
  case number(Double)
  case boolean(Bool)
  case string(String)
  case date(ExpressionDate)

  public var type: ExpressionType {
    switch self {
    case .number: .number
    case .boolean: .boolean
    case .string: .string
    case .date: .date
    }
  }
}
