/// The four types a value of an expression can have.
public enum ExpressionType: String, Sendable, Hashable, CaseIterable {
  case number
  case boolean
  case string
  case date

  /// The type with its article, as messages name it: "a number".
  public var described: String {
    switch self {
    case .number: "a number"
    case .boolean: "a boolean (true or false)"
    case .string: "a string"
    case .date: "a date"
    }
  }
}
