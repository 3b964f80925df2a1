/// Why an expression was refused: where in its text (character offsets,
/// counting Swift `Character`s, that is what a person sees as one letter),
/// and a message that says what is wrong and what to do.
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of problem, for callers that branch on it; the message is for people.
  public enum Code: String, Sendable, Hashable {
    case tooLong
    case tooDeep
    case unexpectedCharacter
    case unterminatedString
    case badNumber
    case syntax
    case unknownName
    case unknownFunction
    case typeMismatch
    case arity
    case badArgument
  }

  public var code: Code
  /// The first character the problem is about, counted from 0.
  public var offset: Int
  /// How many characters it spans (at least 1).
  public var length: Int
  public var message: String

  public init(_ code: Code, at range: Range<Int>, _ message: String) {
    self.code = code
    self.offset = range.lowerBound
    self.length = Swift.max(1, range.count)
    self.message = message
  }

  /// `1:7: error: …`, the position counted within the expression (1-based).
  public var description: String { "1:\(offset + 1): error: \(message)" }
}
