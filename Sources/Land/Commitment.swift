/// An agreed bound on an indicator in the contract (`records.md`,
/// `commitment`). The decoder guarantees at least one of `min` and `max`,
/// `min <= max`, and a `unit` accepted for the indicator.
public struct Commitment: Sendable, Hashable {
  public var indicator: Indicator
  public var min: Double?
  public var max: Double?
  /// The unit the bounds are written in; nil means the indicator's own unit.
  public var unit: IndicatorUnit?
  /// For yearly figures: the first performance year the bound applies to.
  public var fromYear: Int?
  /// One-off damages when broken, in ‰ of the land price.
  public var penaltyPermille: Double?
  public var remedy: CommitmentRemedy?

  public init(
    indicator: Indicator, min: Double? = nil, max: Double? = nil, unit: IndicatorUnit? = nil,
    fromYear: Int? = nil, penaltyPermille: Double? = nil, remedy: CommitmentRemedy? = nil
  ) {
    self.indicator = indicator
    self.min = min
    self.max = max
    self.unit = unit
    self.fromYear = fromYear
    self.penaltyPermille = penaltyPermille
    self.remedy = remedy
  }
}
