/// One lexical unit of an expression and where it is (character offsets).
struct Token: Sendable, Equatable {
  enum Kind: Sendable, Equatable {
    case number(Double)
    case string(String)
    case name(String)
    case and, or, not, `in`, `true`, `false`
    case plus, minus, star, slash
    case leftParen, rightParen, leftBracket, rightBracket, comma
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    case end
  }

  var kind: Kind
  var range: Range<Int>

  static let keywords: [String: Kind] = [
    "and": .and, "or": .or, "not": .not, "in": .in, "true": .true, "false": .false,
  ]
}
