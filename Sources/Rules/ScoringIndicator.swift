public import Land

/// What a scoring `<item>` scores: a built-in indicator, or a custom one of
/// the rule set's `<indicators>` (with its unit as written).
public enum ScoringIndicator: Sendable, Hashable {
  case builtIn(Indicator)
  case custom(name: String, unit: String?)

  /// The name as written in `<item indicator="…">`.
  public var name: String {
    switch self {
    case .builtIn(let indicator): indicator.rawValue
    case .custom(let name, _): name
    }
  }

  /// The built-in indicator; nil for a custom one.
  public var builtIn: Indicator? {
    if case .builtIn(let indicator) = self { return indicator }
    return nil
  }
}
