extension Compiler {
  func call(
    _ name: String, _ nameRange: Range<Int>, _ arguments: [Syntax], _ range: Range<Int>
  ) throws(ExpressionError) -> Typed {
    guard let function = ExpressionFunction(rawValue: name) else {
      throw ExpressionError(
        .unknownFunction, at: nameRange,
        "unknown function `\(name)`; the functions are \(ExpressionFunction.names)")
    }
    try checkArity(function, arguments.count, range)
    switch function {
    case .date: return try dateLiteral(arguments[0], range)
    case .round: return try round(arguments, range)
    case .min, .max, .abs: return try numeric(function, arguments, range)
    case .years: return try years(arguments, range)
    }
  }

  private func checkArity(_ function: ExpressionFunction, _ count: Int, _ range: Range<Int>)
    throws(ExpressionError)
  {
    let expected: Int? =
      switch function {
      case .min, .max: nil
      case .abs, .date: 1
      case .round, .years: 2
      }
    let given = count == 1 ? "1 was given" : "\(count) were given"
    if let expected, count != expected {
      let takes = expected == 1 ? "1 argument" : "\(expected) arguments"
      throw ExpressionError(
        .arity, at: range,
        "`\(function.rawValue)` takes \(takes), as in \(function.signature), but \(given)")
    }
    if expected == nil, count < 2 {
      throw ExpressionError(
        .arity, at: range,
        "`\(function.rawValue)` takes at least 2 arguments, as in \(function.signature), but \(given)"
      )
    }
  }

  private func argument(_ syntax: Syntax, _ index: Int, of function: ExpressionFunction)
    throws(ExpressionError) -> Typed
  {
    let typed = try compile(syntax)
    let expected: ExpressionType = function == .years ? .date : .number
    guard typed.type == expected else {
      throw ExpressionError(
        .typeMismatch, at: typed.range,
        "argument \(index + 1) of `\(function.rawValue)` must be \(expected.described), but this is \(typed.type.described)"
      )
    }
    return typed
  }

  private func dateLiteral(_ syntax: Syntax, _ range: Range<Int>) throws(ExpressionError) -> Typed {
    guard case .string(let text) = syntax.kind, let date = ExpressionDate(iso: text) else {
      throw ExpressionError(
        .badArgument, at: syntax.range,
        "`date` takes a date written out as \"YYYY-MM-DD\", such as date(\"2023-06-30\")")
    }
    let result = ExpressionResult.value(.date(date))
    return Typed(type: .date, range: range) { _ in result }
  }

  private func round(_ arguments: [Syntax], _ range: Range<Int>) throws(ExpressionError) -> Typed {
    let value = try argument(arguments[0], 0, of: .round)
    guard case .number(let digits) = arguments[1].kind, digits == digits.rounded(),
      (0...10).contains(digits)
    else {
      throw ExpressionError(
        .badArgument, at: arguments[1].range,
        "the digits of `round` must be a whole number from 0 to 10 written out, as in round(x, 2)")
    }
    let scale = Double.pow10(Int(digits))
    let run = value.evaluate
    let source = text(range)
    return Typed(type: .number, range: range) { inputs in
      let result = run(inputs)
      guard case .value(.number(let x)) = result else { return result }
      let rounded = (x * scale).rounded(.toNearestOrAwayFromZero) / scale
      guard rounded.isFinite else { return .noData(reason: "overflow in `\(source)`") }
      return .value(.number(rounded))
    }
  }

  private func numeric(
    _ function: ExpressionFunction, _ arguments: [Syntax], _ range: Range<Int>
  ) throws(ExpressionError) -> Typed {
    var runs: [Evaluation] = []
    for (index, syntax) in arguments.enumerated() {
      runs.append(try argument(syntax, index, of: function).evaluate)
    }
    let isMin = function == .min
    let isAbs = function == .abs
    let compiled = runs
    return Typed(type: .number, range: range) { inputs in
      var accumulated: Double?
      for run in compiled {
        let result = run(inputs)
        guard case .value(.number(let x)) = result else { return result }
        if let sofar = accumulated {
          accumulated = isMin ? Swift.min(sofar, x) : Swift.max(sofar, x)
        } else {
          accumulated = x
        }
      }
      guard let value = accumulated else { return .noData(reason: "no arguments") }
      return .value(.number(isAbs ? Swift.abs(value) : value))
    }
  }

  private func years(_ arguments: [Syntax], _ range: Range<Int>) throws(ExpressionError) -> Typed {
    let from = try argument(arguments[0], 0, of: .years).evaluate
    let to = try argument(arguments[1], 1, of: .years).evaluate
    return Typed(type: .number, range: range) { inputs in
      let first = from(inputs)
      guard case .value(.date(let a)) = first else { return first }
      let second = to(inputs)
      guard case .value(.date(let b)) = second else { return second }
      return .value(.number(Double(ExpressionDate.wholeYears(from: a, to: b))))
    }
  }
}

extension Double {
  /// 10 to the power `n` (n ≥ 0), exactly for the digits `round` accepts.
  static func pow10(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<Swift.max(0, n) { result *= 10 }
    return result
  }
}
