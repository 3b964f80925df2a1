/// Recursive descent over the tokens. From loosest to tightest binding:
/// `or`, `and`, `not`, comparisons (`==` `!=` `<` `<=` `>` `>=`, `in [..]`,
/// `not in [..]`; not chained), `+ -`, `* /`, unary `-`, then calls,
/// parentheses, names and literals. Binary operators group to the left.
struct Parser {
  private let tokens: [Token]
  private let characters: [Character]
  private var index = 0
  /// The current recursion depth, bounded by ``ExpressionLimits/maxDepth``.
  private var depth = 0

  static func parse(_ characters: [Character]) throws(ExpressionError) -> Syntax {
    var parser = Parser(tokens: try Lexer.tokens(of: characters), characters: characters)
    guard parser.current.kind != .end else {
      throw ExpressionError(.syntax, at: 0..<1, "the expression is empty; write a value or a test")
    }
    let syntax = try parser.expression()
    guard parser.current.kind == .end else {
      throw ExpressionError(
        .syntax, at: parser.current.range,
        "unexpected \(parser.text(parser.current)) after the end of the expression; join it with an operator, `and` or `or`"
      )
    }
    return syntax
  }

  private init(tokens: [Token], characters: [Character]) {
    self.tokens = tokens
    self.characters = characters
  }

  private var current: Token { tokens[Swift.min(index, tokens.count - 1)] }

  private mutating func advance() -> Token {
    let token = current
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  /// `token` as messages quote it: its text in backticks, or "the end".
  private func text(_ token: Token) -> String {
    token.kind == .end ? "the end" : "`\(String(characters[token.range]))`"
  }

  private static func tooDeep(_ range: Range<Int>) -> ExpressionError {
    ExpressionError(
      .tooDeep, at: range,
      "the expression nests more than \(ExpressionLimits.maxDepth) levels deep; simplify it")
  }

  /// Enters one level of nesting at `token`.
  private mutating func descend(at token: Token) throws(ExpressionError) {
    depth += 1
    if depth > ExpressionLimits.maxDepth { throw Self.tooDeep(token.range) }
  }

  private func node(_ kind: Syntax.Kind, _ range: Range<Int>, _ children: [Syntax])
    throws(ExpressionError) -> Syntax
  {
    let depth = 1 + (children.map(\.depth).max() ?? 0)
    if depth > ExpressionLimits.maxDepth { throw Self.tooDeep(range) }
    return Syntax(kind: kind, range: range, depth: depth)
  }

  mutating func expression() throws(ExpressionError) -> Syntax { try or() }

  private mutating func or() throws(ExpressionError) -> Syntax {
    var left = try and()
    while current.kind == .or {
      let op = advance()
      let right = try and()
      left = try binary(.or, op, left, right)
    }
    return left
  }

  private mutating func and() throws(ExpressionError) -> Syntax {
    var left = try not()
    while current.kind == .and {
      let op = advance()
      let right = try not()
      left = try binary(.and, op, left, right)
    }
    return left
  }

  private mutating func not() throws(ExpressionError) -> Syntax {
    guard current.kind == .not else { return try comparison() }
    let op = advance()
    try descend(at: op)
    defer { depth -= 1 }
    let operand = try not()
    return try node(
      .unary(.not, operand), op.range.lowerBound..<operand.range.upperBound, [operand])
  }

  private func binary(_ op: Syntax.BinaryOperator, _ token: Token, _ left: Syntax, _ right: Syntax)
    throws(ExpressionError) -> Syntax
  {
    try node(
      .binary(op, operatorRange: token.range, left, right),
      left.range.lowerBound..<right.range.upperBound, [left, right])
  }

  private static func comparisonOperator(_ kind: Token.Kind) -> Syntax.BinaryOperator? {
    switch kind {
    case .equal: .equal
    case .notEqual: .notEqual
    case .less: .less
    case .lessEqual: .lessEqual
    case .greater: .greater
    case .greaterEqual: .greaterEqual
    default: nil
    }
  }

  private var atComparison: Bool {
    if Self.comparisonOperator(current.kind) != nil || current.kind == .in { return true }
    return current.kind == .not && tokens[Swift.min(index + 1, tokens.count - 1)].kind == .in
  }

  private mutating func comparison() throws(ExpressionError) -> Syntax {
    let left = try additive()
    guard atComparison else { return left }
    let result: Syntax
    if current.kind == .in || current.kind == .not {
      let negated = advance().kind == .not
      if negated { _ = advance() }
      result = try membership(left, negated: negated)
    } else {
      let op = advance()
      guard let binaryOperator = Self.comparisonOperator(op.kind) else { return left }
      result = try binary(binaryOperator, op, left, try additive())
    }
    if atComparison {
      throw ExpressionError(
        .syntax, at: current.range,
        "comparisons cannot be chained; join them with `and`, as in `a < b and b < c`")
    }
    return result
  }

  private mutating func membership(_ left: Syntax, negated: Bool) throws(ExpressionError)
    -> Syntax
  {
    guard current.kind == .leftBracket else {
      throw ExpressionError(
        .syntax, at: current.range,
        "expected `[` after `in`, but found \(text(current)); `in` takes a list such as [\"a\", \"b\"]"
      )
    }
    let open = advance()
    try descend(at: open)
    defer { depth -= 1 }
    var items: [Syntax] = []
    if current.kind != .rightBracket {
      items.append(try expression())
      while current.kind == .comma {
        _ = advance()
        items.append(try expression())
      }
    }
    guard current.kind == .rightBracket else {
      throw unclosed(open, "]")
    }
    let close = advance()
    guard !items.isEmpty else {
      throw ExpressionError(
        .syntax, at: open.range.lowerBound..<close.range.upperBound,
        "the list after `in` is empty; give at least one item")
    }
    return try node(
      .membership(negated: negated, left, items), left.range.lowerBound..<close.range.upperBound,
      [left] + items)
  }

  private func unclosed(_ open: Token, _ closer: String) -> ExpressionError {
    let opener = String(characters[open.range])
    if current.kind == .end {
      return ExpressionError(
        .syntax, at: open.range, "unclosed `\(opener)`; add `\(closer)` to close it")
    }
    return ExpressionError(
      .syntax, at: current.range,
      "expected `\(closer)` to close the `\(opener)`, or an operator, but found \(text(current))")
  }

  private mutating func additive() throws(ExpressionError) -> Syntax {
    var left = try multiplicative()
    while current.kind == .plus || current.kind == .minus {
      let op = advance()
      left = try binary(op.kind == .plus ? .plus : .minus, op, left, try multiplicative())
    }
    return left
  }

  private mutating func multiplicative() throws(ExpressionError) -> Syntax {
    var left = try unary()
    while current.kind == .star || current.kind == .slash {
      let op = advance()
      left = try binary(op.kind == .star ? .times : .divide, op, left, try unary())
    }
    return left
  }

  private mutating func unary() throws(ExpressionError) -> Syntax {
    guard current.kind == .minus else { return try primary() }
    let op = advance()
    try descend(at: op)
    defer { depth -= 1 }
    let operand = try unary()
    return try node(
      .unary(.negate, operand), op.range.lowerBound..<operand.range.upperBound, [operand])
  }

  private mutating func primary() throws(ExpressionError) -> Syntax {
    let token = advance()
    switch token.kind {
    case .number(let value): return try node(.number(value), token.range, [])
    case .string(let value): return try node(.string(value), token.range, [])
    case .true: return try node(.boolean(true), token.range, [])
    case .false: return try node(.boolean(false), token.range, [])
    case .name(let name):
      guard current.kind == .leftParen else { return try node(.name(name), token.range, []) }
      return try call(name, token)
    case .leftParen:
      try descend(at: token)
      defer { depth -= 1 }
      let inner = try expression()
      guard current.kind == .rightParen else { throw unclosed(token, ")") }
      let close = advance()
      var wrapped = inner
      wrapped.range = token.range.lowerBound..<close.range.upperBound
      return wrapped
    case .leftBracket:
      throw ExpressionError(
        .syntax, at: token.range, "a list can only follow `in`, as in `scale in [\"a\", \"b\"]`")
    case .end:
      throw ExpressionError(
        .syntax, at: token.range.lowerBound..<(token.range.lowerBound + 1),
        "expected a value, but the expression ends here")
    default:
      throw ExpressionError(.syntax, at: token.range, "expected a value, but found \(text(token))")
    }
  }

  private mutating func call(_ name: String, _ nameToken: Token) throws(ExpressionError) -> Syntax {
    let open = advance()
    try descend(at: open)
    defer { depth -= 1 }
    var arguments: [Syntax] = []
    if current.kind != .rightParen {
      arguments.append(try expression())
      while current.kind == .comma {
        _ = advance()
        arguments.append(try expression())
      }
    }
    guard current.kind == .rightParen else { throw unclosed(open, ")") }
    let close = advance()
    return try node(
      .call(name: name, nameRange: nameToken.range, arguments),
      nameToken.range.lowerBound..<close.range.upperBound, arguments)
  }
}
