import XMLStream

extension RuleSetLoader {
  /// The scoring section with each custom item's unit taken from the rule
  /// set's custom indicators (which may come from a base), or an error for
  /// each item naming a custom indicator the rule set does not declare
  /// (an inherited `<scoring>` under a child's own `<indicators>`, or a
  /// child item naming what its base lacks).
  static func resolveCustomItems(
    _ scoring: Scoring?, expressions: RuleSetExpressions
  ) -> (Scoring?, [Diagnostic]) {
    guard var scoring else { return (nil, []) }
    var diagnostics: [Diagnostic] = []
    let custom = expressions.indicators.map(\.name)
    for schemeIndex in scoring.schemes.indices {
      for itemIndex in scoring.schemes[schemeIndex].items.indices {
        let item = scoring.schemes[schemeIndex].items[itemIndex]
        guard case .custom(let name, _) = item.scored else { continue }
        if let declared = expressions.indicator(named: name) {
          scoring.schemes[schemeIndex].items[itemIndex].scored = .custom(
            name: name, unit: declared.unit)
        } else if custom.isEmpty {
          diagnostics.append(RuleSetProblem.unknownIndicator(name).diagnostic(at: item.location))
        } else {
          diagnostics.append(
            Diagnostic(
              at: item.location, RuleSetParser.unknownCustomIndicator(name, custom: custom)))
        }
      }
    }
    return (scoring, diagnostics)
  }
}
