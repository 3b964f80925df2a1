/// One group's benchmark of one ratio item, and how it was made: what the
/// history keeps, so a later year can score "against last year's".
public struct GroupBenchmark: Sendable, Hashable {
  public var scheme: String
  public var group: String
  /// The item's indicator name.
  public var item: String
  public var value: Double
  /// How it was made: `mean of 12 firms`, `total ÷ total of 140 firms`
  /// (the group's figure, before an item's factor).
  public var basis: String

  public init(scheme: String, group: String, item: String, value: Double, basis: String) {
    self.scheme = scheme
    self.group = group
    self.item = item
    self.value = value
    self.basis = basis
  }

  /// The key the board looks a previous year's benchmark up by: this
  /// year's group benchmark before any factor.
  public var key: String { Self.key(scheme: scheme, group: group, item: item) }

  /// The key of a group benchmark, for ``EnterpriseScoring``'s `previous`.
  public static func key(scheme: String, group: String, item: String) -> String {
    ScoringBoard.benchmarkKey(scheme: scheme, group: group, item: item)
  }
}
