public import Expressions

/// What a rule set computes with expressions: its custom indicators, in
/// declaration order, and the threshold rows on them.
///
/// Like `<scoring>`, these come from the nearest file of the base chain
/// that has an `<indicators>` section; a child with its own section
/// replaces its base's whole.
public struct RuleSetExpressions: Sendable {
  public var indicators: [CustomIndicator] = []
  public var rows: [CustomThresholdRow] = []

  public init(indicators: [CustomIndicator] = [], rows: [CustomThresholdRow] = []) {
    self.indicators = indicators
    self.rows = rows
  }

  public var isEmpty: Bool { indicators.isEmpty && rows.isEmpty }

  /// The parcel's names, then the custom indicators: custom indicator `i`
  /// is in slot `ExpressionNames.environment.variables.count + i`.
  public var environment: ExpressionEnvironment {
    var environment = ExpressionNames.environment
    for indicator in indicators {
      environment = environment.adding(
        ExpressionVariable(indicator.name, .number, mayBeNoData: true))
    }
    return environment
  }

  public func indicator(named name: String) -> CustomIndicator? {
    indicators.first { $0.name == name }
  }
}
