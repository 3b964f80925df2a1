/// Splits an expression into tokens. Numbers are decimal (`3`, `0.25`, no
/// exponent); strings are in double quotes with `\"` and `\\` as the only
/// escapes; names start with a letter or `_`.
struct Lexer {
  let characters: [Character]
  private var position = 0

  init(_ characters: [Character]) { self.characters = characters }

  static func tokens(of characters: [Character]) throws(ExpressionError) -> [Token] {
    var lexer = Lexer(characters)
    var tokens: [Token] = []
    while true {
      let token = try lexer.next()
      tokens.append(token)
      if token.kind == .end { return tokens }
    }
  }

  private mutating func next() throws(ExpressionError) -> Token {
    while position < characters.count, characters[position].isWhitespace { position += 1 }
    let start = position
    guard position < characters.count else { return Token(kind: .end, range: start..<start) }
    let c = characters[position]
    if c.isASCII, c.isNumber { return try number() }
    if c.isLetter || c == "_" { return name() }
    if c == "\"" { return try string() }
    position += 1
    let following = position < characters.count ? characters[position] : nil
    func two(_ kind: Token.Kind) -> Token {
      position += 1
      return Token(kind: kind, range: start..<position)
    }
    func one(_ kind: Token.Kind) -> Token { Token(kind: kind, range: start..<position) }
    switch (c, following) {
    case ("=", "="): return two(.equal)
    case ("!", "="): return two(.notEqual)
    case ("<", "="): return two(.lessEqual)
    case (">", "="): return two(.greaterEqual)
    case ("<", _): return one(.less)
    case (">", _): return one(.greater)
    case ("+", _): return one(.plus)
    case ("-", _): return one(.minus)
    case ("*", _): return one(.star)
    case ("/", _): return one(.slash)
    case ("(", _): return one(.leftParen)
    case (")", _): return one(.rightParen)
    case ("[", _): return one(.leftBracket)
    case ("]", _): return one(.rightBracket)
    case (",", _): return one(.comma)
    default: throw unexpected(c, following, at: start)
    }
  }

  private func unexpected(_ c: Character, _ following: Character?, at start: Int)
    -> ExpressionError
  {
    let hint: String
    switch (c, following) {
    case ("=", _): hint = "; use `==` to compare"
    case ("&", "&"): hint = "; use `and`"
    case ("|", "|"): hint = "; use `or`"
    case ("!", _): hint = "; use `not`"
    case ("'", _), ("“", _), ("”", _): hint = "; write strings in straight double quotes: \"below\""
    default: hint = ""
    }
    return ExpressionError(
      .unexpectedCharacter, at: start..<(start + 1), "unexpected character `\(c)`\(hint)")
  }

  private mutating func number() throws(ExpressionError) -> Token {
    let start = position
    func digits() {
      while position < characters.count, characters[position].isASCII,
        characters[position].isNumber
      {
        position += 1
      }
    }
    digits()
    if position + 1 < characters.count, characters[position] == ".",
      characters[position + 1].isASCII, characters[position + 1].isNumber
    {
      position += 1
      digits()
    }
    let text = String(characters[start..<position])
    guard let value = Double(text), value.isFinite else {
      throw ExpressionError(.badNumber, at: start..<position, "number `\(text)` is too large")
    }
    return Token(kind: .number(value), range: start..<position)
  }

  private mutating func name() -> Token {
    let start = position
    while position < characters.count,
      characters[position].isLetter || characters[position] == "_"
        || (characters[position].isASCII && characters[position].isNumber)
    {
      position += 1
    }
    let text = String(characters[start..<position])
    return Token(kind: Token.keywords[text] ?? .name(text), range: start..<position)
  }

  private mutating func string() throws(ExpressionError) -> Token {
    let start = position
    position += 1
    var text = ""
    while position < characters.count {
      let c = characters[position]
      position += 1
      if c == "\"" { return Token(kind: .string(text), range: start..<position) }
      if c == "\\", position < characters.count,
        characters[position] == "\"" || characters[position] == "\\"
      {
        text.append(characters[position])
        position += 1
      } else {
        text.append(c)
      }
    }
    throw ExpressionError(
      .unterminatedString, at: start..<(start + 1), "unterminated string; add `\"` to close it")
  }
}
