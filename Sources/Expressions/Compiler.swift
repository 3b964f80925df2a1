/// Type-checks a parsed expression against an environment and turns it
/// into a tree of closures, evaluated many times without re-parsing.
struct Compiler {
  let environment: ExpressionEnvironment
  let characters: [Character]

  /// The source text of `range`, as reasons quote it.
  func text(_ range: Range<Int>) -> String {
    String(characters[range.clamped(to: 0..<characters.count)])
  }

  func compile(_ syntax: Syntax) throws(ExpressionError) -> Typed {
    switch syntax.kind {
    case .number(let n): return constant(.number(n), syntax.range)
    case .string(let s): return constant(.string(s), syntax.range)
    case .boolean(let b): return constant(.boolean(b), syntax.range)
    case .name(let name): return try variable(name, syntax.range)
    case .unary(let op, let operand): return try unary(op, operand, syntax.range)
    case .binary(let op, let operatorRange, let left, let right):
      return try binary(op, operatorRange, left, right, syntax.range)
    case .membership(let negated, let item, let list):
      return try membership(negated, item, list, syntax.range)
    case .call(let name, let nameRange, let arguments):
      return try call(name, nameRange, arguments, syntax.range)
    }
  }

  private func constant(_ value: ExpressionValue, _ range: Range<Int>) -> Typed {
    let result = ExpressionResult.value(value)
    return Typed(type: value.type, range: range) { _ in result }
  }

  private func variable(_ name: String, _ range: Range<Int>) throws(ExpressionError) -> Typed {
    guard let slot = environment.slot(of: name) else {
      if ExpressionFunction(rawValue: name) != nil {
        throw ExpressionError(
          .unknownName, at: range, "`\(name)` is a function; call it with arguments: `\(name)(…)`")
      }
      var message = "unknown name `\(name)`"
      if let nearest = NameSuggestion.closest(
        to: name, among: environment.variables.map(\.name))
      {
        message += "; did you mean `\(nearest)`?"
      }
      throw ExpressionError(.unknownName, at: range, message)
    }
    let type = environment.variables[slot].type
    return Typed(type: type, range: range) { inputs in inputs[slot] }
  }

  /// Refuses `typed` unless it has type `expected`.
  func require(_ typed: Typed, _ expected: ExpressionType, _ context: String)
    throws(ExpressionError)
  {
    guard typed.type != expected else { return }
    throw ExpressionError(
      .typeMismatch, at: typed.range,
      "\(context) needs \(expected.described), but this is \(typed.type.described)")
  }

  private func unary(_ op: Syntax.UnaryOperator, _ operand: Syntax, _ range: Range<Int>)
    throws(ExpressionError) -> Typed
  {
    let inner = try compile(operand)
    let run = inner.evaluate
    switch op {
    case .not:
      try require(inner, .boolean, "`not`")
      return Typed(type: .boolean, range: range) { inputs in
        let result = run(inputs)
        guard case .value(.boolean(let b)) = result else { return result }
        return .value(.boolean(!b))
      }
    case .negate:
      try require(inner, .number, "`-`")
      return Typed(type: .number, range: range) { inputs in
        let result = run(inputs)
        guard case .value(.number(let n)) = result else { return result }
        return .value(.number(-n))
      }
    }
  }
}
