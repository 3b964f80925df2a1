/// A benchmark a run computed for a scheme's group: the value firms'
/// indicators were divided by, kept so that a later year can use the
/// benchmark "of the previous year" when its scheme asks for it.
public struct HistoryBenchmark: Sendable, Hashable {
  /// The scoring scheme (track) the benchmark belongs to (`above`, `below`…).
  public var scheme: String
  /// The class group within the scheme (an industry group, or the whole
  /// scheme).
  public var group: String
  /// The indicator (`taxPerMu`…).
  public var indicator: String
  /// The benchmark's value, in the indicator's unit.
  public var value: Double
  /// How it was computed, in words (`total ÷ total of 140 firms`).
  public var basis: String

  public init(scheme: String, group: String, indicator: String, value: Double, basis: String) {
    self.scheme = scheme
    self.group = group
    self.indicator = indicator
    self.value = value
    self.basis = basis
  }
}
