import Expressions

/// The names the tests compile against, and helpers to evaluate with them.
enum TestEnvironment {
  static let environment = ExpressionEnvironment([
    ExpressionVariable("tax", .number, mayBeNoData: true),
    ExpressionVariable("energy", .number, mayBeNoData: true),
    ExpressionVariable("areaMu", .number),
    ExpressionVariable("scale", .string),
    ExpressionVariable("granted", .date, mayBeNoData: true),
    ExpressionVariable("started", .date, mayBeNoData: true),
    ExpressionVariable("listed", .boolean),
  ])

  /// The error compiling `source` gives; nil when it compiles.
  static func error(_ source: String, expecting: ExpressionType? = nil) -> ExpressionError? {
    do {
      _ = try CompiledExpression(source, in: environment, expecting: expecting)
      return nil
    } catch {
      return error
    }
  }

  /// `source` evaluated with `values` by name; names left out are no data
  /// ("<name> missing").
  static func evaluate(_ source: String, _ values: [String: ExpressionValue] = [:])
    throws -> ExpressionResult
  {
    let compiled = try CompiledExpression(source, in: environment)
    let inputs = ExpressionInputs(environment) { variable in
      values[variable.name].map { .value($0) } ?? .noData(reason: "\(variable.name) missing")
    }
    return compiled.evaluate(inputs)
  }

  static func date(_ text: String) -> ExpressionValue {
    ExpressionDate(iso: text).map { .date($0) } ?? .string("bad date \(text)")
  }
}
