public import Land
public import XMLStream

/// One scored indicator of a scheme (`<item>`).
///
/// Item scores (`domain.md`, "Per-mu evaluation and classes"), x the
/// parcel's value, b the benchmark, w the weight:
/// - `ratio`, higher is better: w × x ÷ b;
/// - `ratio`, lower is better: w × (2 − x ÷ b), floored at 0;
/// - `minMax`, higher is better: w × (f + (100 − f) × (x − min) ÷ (max − min)) ÷ 100,
///   with min and max over the group and f the floor score (the published
///   scheme has f = 20); lower is better uses (max − x) instead of (x − min);
///   when max = min every parcel gets w.
///
/// Then the cap: an item never exceeds `cap` × w.
public struct ScoringItem: Sendable, Hashable {
  public var indicator: Indicator
  public var weight: Double
  public var direction: ScoringDirection
  public var method: ScoringMethod
  /// Used by `ratio`; ignored by `minMax`.
  public var benchmark: ScoringBenchmark
  /// The item may not exceed `cap` × `weight`; nil: no cap.
  public var cap: Double?
  public var missing: MissingDataPolicy
  public var source: String?
  public var location: SourceLocation

  public init(
    indicator: Indicator, weight: Double, direction: ScoringDirection = .higher,
    method: ScoringMethod = .ratio, benchmark: ScoringBenchmark = .groupMean,
    cap: Double? = nil, missing: MissingDataPolicy = .zero, source: String? = nil,
    location: SourceLocation
  ) {
    self.indicator = indicator
    self.weight = weight
    self.direction = direction
    self.method = method
    self.benchmark = benchmark
    self.cap = cap
    self.missing = missing
    self.source = source
    self.location = location
  }
}

/// Whether a higher or a lower value is better.
public enum ScoringDirection: String, Sendable, Hashable, CaseIterable {
  case higher
  case lower
}

/// How a value becomes an item score (see ``ScoringItem``).
public enum ScoringMethod: Sendable, Hashable {
  case ratio
  /// With the floor score f (0...100) a parcel at the group's worst gets.
  case minMax(floor: Double)
}

/// What a value is compared with under the ratio method.
public enum ScoringBenchmark: Sendable, Hashable {
  /// A number written in the rule set, in the indicator's unit.
  case fixed(Double)
  /// The mean of the values in the parcel's group (parcels with data).
  case groupMean
  /// The median of the values in the parcel's group: the middle value, or
  /// the mean of the two middle values.
  case groupMedian
}

/// What an item scores when the parcel's indicator has no data.
public enum MissingDataPolicy: Sendable, Hashable {
  /// The mean item score of the parcels in the group that have data (0
  /// when none has).
  case groupAverage
  case zero
  /// Minus this many points.
  case penalty(Double)
}
