/// An expression parsed, type-checked and compiled once (when a rule set
/// loads), then evaluated for each parcel without parsing again.
///
/// ```swift
/// let environment = ExpressionEnvironment([
///   ExpressionVariable("tax", .number, mayBeNoData: true),
///   ExpressionVariable("energy", .number, mayBeNoData: true),
/// ])
/// let perEnergy = try CompiledExpression("tax / energy", in: environment, expecting: .number)
/// perEnergy.evaluate(ExpressionInputs([.value(.number(120)), .value(.number(40))]))  // 3
/// ```
///
/// Evaluation is deterministic and has no side effects; it cannot loop.
public struct CompiledExpression: Sendable {
  /// The text as written.
  public let source: String
  /// The type of its value.
  public let type: ExpressionType
  /// The slots of the environment's names it reads, ascending.
  public let slots: [Int]
  private let run: Evaluation

  /// Compiles `source`, or throws the first problem found. With
  /// `expecting`, the whole expression must have that type.
  public init(
    _ source: String, in environment: ExpressionEnvironment, expecting: ExpressionType? = nil
  ) throws(ExpressionError) {
    let characters = Array(source)
    guard characters.count <= ExpressionLimits.maxLength else {
      throw ExpressionError(
        .tooLong, at: ExpressionLimits.maxLength..<(ExpressionLimits.maxLength + 1),
        "the expression is \(characters.count) characters long, over the limit of \(ExpressionLimits.maxLength); split it into custom indicators"
      )
    }
    let syntax = try Parser.parse(characters)
    let typed = try Compiler(environment: environment, characters: characters).compile(syntax)
    if let expecting, typed.type != expecting {
      throw ExpressionError(
        .typeMismatch, at: typed.range,
        "expected \(expecting.described) here, but the expression is \(typed.type.described)")
    }
    self.source = source
    self.type = typed.type
    self.slots = Self.names(in: syntax).compactMap(environment.slot(of:)).sorted()
    self.run = typed.evaluate
  }

  /// The value for one set of inputs.
  public func evaluate(_ inputs: ExpressionInputs) -> ExpressionResult { run(inputs) }

  private static func names(in syntax: Syntax) -> Set<String> {
    switch syntax.kind {
    case .number, .string, .boolean: []
    case .name(let name): [name]
    case .unary(_, let operand): names(in: operand)
    case .binary(_, _, let left, let right): names(in: left).union(names(in: right))
    case .membership(_, let item, let list):
      list.reduce(names(in: item)) { $0.union(names(in: $1)) }
    case .call(_, _, let arguments): arguments.reduce([]) { $0.union(names(in: $1)) }
    }
  }
}
