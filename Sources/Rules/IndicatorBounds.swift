public import Land

/// The bounds that apply to a parcel, one entry per bounded indicator
/// (``RuleSet/bounds(for:district:zone:inputs:)``).
///
/// Kept in an array by ``Indicator/position``, not a dictionary keyed by
/// indicator: see ``Indicator/position`` for the measured reason.
public struct IndicatorBounds: Sendable, Hashable {
  private var slots: [ApplicableBounds?]
  /// How many indicators have bounds.
  public private(set) var count = 0

  /// No bounds at all.
  public init() {
    slots = Array(repeating: nil, count: Indicator.allCases.count)
  }

  /// The bounds on `indicator`; nil when no row bounds it.
  public subscript(indicator: Indicator) -> ApplicableBounds? {
    get { slots[indicator.position] }
    set {
      count += (newValue == nil ? 0 : 1) - (slots[indicator.position] == nil ? 0 : 1)
      slots[indicator.position] = newValue
    }
  }

  /// The indicators that have bounds, in declaration order.
  public var indicators: [Indicator] {
    Indicator.allCases.filter { slots[$0.position] != nil }
  }

  /// True when no row bounds any indicator.
  public var isEmpty: Bool { count == 0 }
}
