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

extension Performance {
  /// The numerator and denominator of a yearly indicator over `mu` mu, as
  /// its formula divides them (tax per mu: tax and mu; tax per kWh: tax in
  /// CNY and kWh), for a group's total ÷ total; nil when either figure is
  /// missing or the denominator is 0.
  public func components(of indicator: Indicator, mu: Double) -> (
    numerator: Double, denominator: Double
  )? {
    func pair(_ top: Double?, _ bottom: Double?, scale: Double = 1) -> (Double, Double)? {
      guard let top, let bottom, bottom != 0 else { return nil }
      return (top * scale, bottom)
    }
    return switch indicator {
    case .taxPerMu: pair(tax, mu)
    case .outputPerMu: pair(output, mu)
    case .revenuePerMu: pair(revenue, mu)
    case .valueAddedPerMu: pair(valueAdded, mu)
    case .energyPerValueAdded: pair(energy, valueAdded)
    case .valueAddedPerEnergy: pair(valueAdded, energy)
    case .valueAddedPerEmission: pair(valueAdded, emissions)
    case .laborProductivity: pair(valueAdded, employees)
    case .rndIntensity: pair(rnd, revenue)
    // Tax in 10k CNY × 10000: CNY per kWh, as the indicator.
    case .taxPerKWh: pair(tax, electricity, scale: 10000)
    case .investmentIntensity, .fixedAssetInvestment, .plotRatio, .buildingCoefficient,
      .buildingDensity, .adminShare, .adminFloorShare, .greenRatio:
      nil
    }
  }
}
