public import Land

/// The bounds that apply to a parcel, one entry per bounded indicator
/// (``RuleSet/bounds(for:district:zone:inputs:)``).
///
/// A short list of the bounded indicators (a parcel has a handful), in
/// declaration order, found by ``Indicator/position``: not a dictionary
/// keyed by indicator (see ``Indicator/position`` for the measured
/// reason), and not a slot for every indicator either: an
/// ``ApplicableBounds`` holds two threshold rows, about half a kilobyte,
/// and measured (release, 200k parcels, `perf record`), clearing and
/// copying 18 of them per parcel cost more than the hashing saved.
public struct IndicatorBounds: Sendable, Hashable {
  private struct Entry: Sendable, Hashable {
    var position: Int
    var bounds: ApplicableBounds
  }

  /// By ascending position.
  private var entries: [Entry] = []

  /// No bounds at all.
  public init() {}

  /// The bounds on `indicator`; nil when no row bounds it.
  public subscript(indicator: Indicator) -> ApplicableBounds? {
    get {
      let position = indicator.position
      for entry in entries where entry.position == position { return entry.bounds }
      return nil
    }
    set {
      let position = indicator.position
      let index = entries.firstIndex { $0.position >= position } ?? entries.endIndex
      let present = index < entries.endIndex && entries[index].position == position
      switch (newValue, present) {
      case (let bounds?, true): entries[index].bounds = bounds
      case (let bounds?, false):
        entries.insert(Entry(position: position, bounds: bounds), at: index)
      case (nil, true): entries.remove(at: index)
      case (nil, false): break
      }
    }
  }

  /// How many indicators have bounds.
  public var count: Int { entries.count }

  /// The indicators that have bounds, in declaration order.
  public var indicators: [Indicator] {
    entries.map { Indicator.allCases[$0.position] }
  }

  /// True when no row bounds any indicator.
  public var isEmpty: Bool { entries.isEmpty }
}

/// One bounded indicator of a parcel: the rows its minimum and maximum
/// come from, as positions in ``RuleSet/rows`` (nil: that side is not
/// bounded).
public struct BoundingRows: Sendable, Hashable {
  public var indicator: Indicator
  public var min: Int?
  public var max: Int?

  public init(indicator: Indicator, min: Int?, max: Int?) {
    self.indicator = indicator
    self.min = min
    self.max = max
  }
}
