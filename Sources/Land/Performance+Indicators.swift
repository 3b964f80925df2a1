/// The indicators of one year's figures over an area, as parcels and
/// enterprises both compute them (`domain.md`, "The control indicators").
extension Performance {
  /// The indicators a year's figures give: per mu (taxPerMu, outputPerMu,
  /// revenuePerMu, valueAddedPerMu) and the ratios of two figures.
  public static let yearlyIndicators: [Indicator] = [
    .taxPerMu, .outputPerMu, .revenuePerMu, .valueAddedPerMu, .energyPerValueAdded,
    .valueAddedPerEnergy, .valueAddedPerEmission, .laborProductivity, .rndIntensity, .taxPerKWh,
  ]

  /// The yearly indicators divided by the land (the others are ratios of
  /// two figures).
  public static let perMuIndicators: Set<Indicator> = [
    .taxPerMu, .outputPerMu, .revenuePerMu, .valueAddedPerMu,
  ]

  /// `indicator` of these figures over `mu` mu of land, with the same
  /// formula and no-data reasons as a parcel's.
  public func reading(_ indicator: Indicator, mu: Double) -> Reading {
    YearlyFigures(year: year, performance: self, mu: mu).measure(indicator)
  }
}
