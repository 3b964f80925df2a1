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
  /// A built-in indicator or a custom one of the rule set's `<indicators>`.
  public var scored: ScoringIndicator
  public var weight: Double
  public var direction: ScoringDirection
  public var method: ScoringMethod
  /// Used by `ratio`; ignored by `minMax`.
  public var benchmark: ScoringBenchmark
  /// A group benchmark (mean, median, total ÷ total) times this, such as
  /// Huai'an's 2× the previous average; 1 when not written.
  public var benchmarkFactor: Double
  /// Whose group benchmark: this year's group, or the same group's of the
  /// year before, from the history (`benchmarkYear="previous"`).
  public var benchmarkYear: ScoringBenchmarkYear
  /// The item may not exceed `cap` × `weight`; nil: no cap.
  public var cap: Double?
  public var missing: ScoringMissingData
  public var source: String?
  public var location: SourceLocation

  /// The built-in indicator scored; nil for a custom one.
  public var indicator: Indicator? { scored.builtIn }
  /// The indicator's name as written.
  public var name: String { scored.name }

  public init(
    indicator: Indicator, weight: Double, direction: ScoringDirection = .higher,
    method: ScoringMethod = .ratio, benchmark: ScoringBenchmark = .groupMean,
    cap: Double? = nil, missing: ScoringMissingData = .zero, source: String? = nil,
    location: SourceLocation
  ) {
    self.init(
      scored: .builtIn(indicator), weight: weight, direction: direction, method: method,
      benchmark: benchmark, cap: cap, missing: missing, source: source, location: location)
  }

  public init(
    scored: ScoringIndicator, weight: Double, direction: ScoringDirection = .higher,
    method: ScoringMethod = .ratio, benchmark: ScoringBenchmark = .groupMean,
    cap: Double? = nil, missing: ScoringMissingData = .zero, source: String? = nil,
    location: SourceLocation
  ) {
    self.scored = scored
    self.benchmarkFactor = 1
    self.benchmarkYear = .current
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
