public import Land
public import Rules

/// One scored item of a verdict.
public struct ScoredItem: Sendable, Hashable {
  /// A built-in indicator or a custom one (with its unit).
  public var scored: ScoringIndicator
  public var weight: Double
  /// The parcel's value; nil when it has no data.
  public var value: Double?
  /// Why there is no value.
  public var noData: String?
  /// What the value was compared with (ratio: the benchmark; nil for min–max
  /// or when the group has none).
  public var benchmark: Double?
  public var score: Double
  /// How the score came about when it is not the plain formula: capped,
  /// group average for missing data, penalty, no benchmark.
  public var note: String?
  /// The `<item>` that decided it, `file:line` (like a finding's rule).
  public var rule: String?

  /// The built-in indicator scored; nil for a custom one.
  public var indicator: Indicator? { scored.builtIn }
  /// The indicator's name as written in the rule set.
  public var name: String { scored.name }

  public init(
    indicator: Indicator, weight: Double, value: Double?, noData: String? = nil,
    benchmark: Double?, score: Double, note: String? = nil, rule: String? = nil
  ) {
    self.init(
      scored: .builtIn(indicator), weight: weight, value: value, noData: noData,
      benchmark: benchmark, score: score, note: note, rule: rule)
  }

  public init(
    scored: ScoringIndicator, weight: Double, value: Double?, noData: String? = nil,
    benchmark: Double?, score: Double, note: String? = nil, rule: String? = nil
  ) {
    self.scored = scored
    self.weight = weight
    self.value = value
    self.noData = noData
    self.benchmark = benchmark
    self.score = score
    self.note = note
    self.rule = rule
  }
}
