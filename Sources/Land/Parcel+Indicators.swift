/// Indicators computed from a parcel's record: the formulas of `domain.md`,
/// "The control indicators", with areas converted as in "Units".
extension Parcel {
  /// Every indicator for `year`, or (nil) for the latest performance year
  /// in the record (`records.md`: "Which performance year is evaluated").
  /// Site and investment indicators do not depend on the year.
  public func indicators(year: Int? = nil) -> IndicatorValues {
    let evaluatedYear = year ?? latestPerformanceYear
    let yearly = YearlyFigures(
      year: evaluatedYear, performance: evaluatedYear.flatMap { performance(for: $0) },
      mu: area.mu)
    var readings: [Reading] = []
    readings.reserveCapacity(Indicator.allCases.count)
    for indicator in Indicator.allCases {
      switch indicator {
      case .investmentIntensity: readings.append(investmentIntensity)
      case .fixedAssetInvestment: readings.append(fixedAssetInvestment)
      case .plotRatio: readings.append(plotRatio)
      case .buildingCoefficient: readings.append(buildingCoefficient)
      case .buildingDensity: readings.append(buildingDensity)
      case .adminShare: readings.append(adminShare)
      case .adminFloorShare: readings.append(adminFloorShare)
      case .greenRatio: readings.append(greenRatio)
      default: readings.append(yearly.measure(indicator))
      }
    }
    return IndicatorValues(evaluatedYear: evaluatedYear, siteArea: area, ordered: readings)
  }
}
