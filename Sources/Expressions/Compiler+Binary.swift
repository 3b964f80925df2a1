extension Compiler {
  func binary(
    _ op: Syntax.BinaryOperator, _ operatorRange: Range<Int>, _ leftSyntax: Syntax,
    _ rightSyntax: Syntax, _ range: Range<Int>
  ) throws(ExpressionError) -> Typed {
    let left = try compile(leftSyntax)
    let right = try compile(rightSyntax)
    switch op {
    case .and, .or: return try logical(op, left, right, range)
    case .plus, .minus, .times, .divide: return try arithmetic(op, left, right, range)
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      return try comparison(op, operatorRange, left, right, range)
    }
  }

  /// `and` and `or` evaluate left to right and stop as soon as the result
  /// is known (`false and x` is false, `true or x` is true, whatever `x`);
  /// an operand with no data met before that makes the result no data.
  private func logical(
    _ op: Syntax.BinaryOperator, _ left: Typed, _ right: Typed, _ range: Range<Int>
  ) throws(ExpressionError) -> Typed {
    let name = "`\(op.rawValue)`"
    try require(left, .boolean, "\(name) on its left")
    try require(right, .boolean, "\(name) on its right")
    let (l, r) = (left.evaluate, right.evaluate)
    let decisive = op == .or
    return Typed(type: .boolean, range: range) { inputs in
      let first = l(inputs)
      guard case .value(.boolean(let a)) = first else { return first }
      if a == decisive { return first }
      return r(inputs)
    }
  }

  /// Arithmetic on numbers; a result that is infinite or not a number
  /// (division by zero, overflow) is no data, with the reason.
  private func arithmetic(
    _ op: Syntax.BinaryOperator, _ left: Typed, _ right: Typed, _ range: Range<Int>
  ) throws(ExpressionError) -> Typed {
    let name = "`\(op.rawValue)`"
    try require(left, .number, "\(name) on its left")
    try require(right, .number, "\(name) on its right")
    let (l, r) = (left.evaluate, right.evaluate)
    let source = text(range)
    let apply: @Sendable (Double, Double) -> Double =
      switch op {
      case .plus: { $0 + $1 }
      case .minus: { $0 - $1 }
      case .times: { $0 * $1 }
      default: { $0 / $1 }
      }
    let isDivision = op == .divide
    return Typed(type: .number, range: range) { inputs in
      let first = l(inputs)
      guard case .value(.number(let a)) = first else { return first }
      let second = r(inputs)
      guard case .value(.number(let b)) = second else { return second }
      if isDivision, b == 0 { return .noData(reason: "division by zero in `\(source)`") }
      let value = apply(a, b)
      if value.isNaN { return .noData(reason: "not a number in `\(source)`") }
      if value.isInfinite { return .noData(reason: "overflow in `\(source)`") }
      return .value(.number(value))
    }
  }

  /// `==` and `!=` take two values of one type; `<`, `<=`, `>`, `>=` two
  /// numbers or two dates.
  private func comparison(
    _ op: Syntax.BinaryOperator, _ operatorRange: Range<Int>, _ left: Typed, _ right: Typed,
    _ range: Range<Int>
  ) throws(ExpressionError) -> Typed {
    let isEquality = op == .equal || op == .notEqual
    if !isEquality {
      for side in [left, right] where side.type != .number && side.type != .date {
        throw ExpressionError(
          .typeMismatch, at: side.range,
          "`\(op.rawValue)` compares numbers or dates, but this is \(side.type.described)")
      }
    }
    guard left.type == right.type else {
      throw ExpressionError(
        .typeMismatch, at: range,
        "`\(op.rawValue)` cannot compare \(left.type.described) with \(right.type.described); write both sides with the same type"
      )
    }
    let (l, r) = (left.evaluate, right.evaluate)
    let test: @Sendable (ExpressionValue, ExpressionValue) -> Bool =
      switch op {
      case .equal: { $0 == $1 }
      case .notEqual: { $0 != $1 }
      case .less: { Self.order($0, $1) < 0 }
      case .lessEqual: { Self.order($0, $1) <= 0 }
      case .greater: { Self.order($0, $1) > 0 }
      default: { Self.order($0, $1) >= 0 }
      }
    return Typed(type: .boolean, range: range) { inputs in
      let first = l(inputs)
      guard case .value(let a) = first else { return first }
      let second = r(inputs)
      guard case .value(let b) = second else { return second }
      return .value(.boolean(test(a, b)))
    }
  }

  /// -1, 0 or 1 for two numbers or two dates (the checker allows no other pair).
  static func order(_ a: ExpressionValue, _ b: ExpressionValue) -> Int {
    switch (a, b) {
    case (.number(let x), .number(let y)): x < y ? -1 : (x > y ? 1 : 0)
    case (.date(let x), .date(let y)): x < y ? -1 : (x > y ? 1 : 0)
    default: 0
    }
  }

  /// `item in [a, b]`: the item, then each list entry left to right until
  /// one equals it; an entry with no data met before a match makes the
  /// result no data.
  func membership(_ negated: Bool, _ itemSyntax: Syntax, _ list: [Syntax], _ range: Range<Int>)
    throws(ExpressionError) -> Typed
  {
    let item = try compile(itemSyntax)
    var entries: [Evaluation] = []
    for entrySyntax in list {
      let entry = try compile(entrySyntax)
      guard entry.type == item.type else {
        throw ExpressionError(
          .typeMismatch, at: entry.range,
          "each item of the list after `in` must be \(item.type.described) like the left side, but this is \(entry.type.described)"
        )
      }
      entries.append(entry.evaluate)
    }
    let run = item.evaluate
    let list = entries
    return Typed(type: .boolean, range: range) { inputs in
      let first = run(inputs)
      guard case .value(let value) = first else { return first }
      for entry in list {
        let result = entry(inputs)
        guard case .value(let candidate) = result else { return result }
        if candidate == value { return .value(.boolean(!negated)) }
      }
      return .value(.boolean(negated))
    }
  }
}
