/// Indicators computed from a parcel's record: the formulas of `domain.md`,
/// "The control indicators", with areas converted as in "Units".
extension Parcel {
  /// Every indicator for `year`, or (nil) for the latest performance year
  /// in the record (`records.md`: "Which performance year is evaluated").
  /// Site and investment indicators do not depend on the year.
  public func indicators(year: Int? = nil) -> IndicatorValues {
    let evaluatedYear = year ?? latestPerformanceYear
    var readings: [Indicator: Reading] = [
      .investmentIntensity: investmentIntensity,
      .fixedAssetInvestment: fixedAssetInvestment,
      .plotRatio: plotRatio,
      .buildingDensity: buildingDensity,
      .buildingCoefficient: buildingCoefficient,
      .adminShare: adminShare,
      .adminFloorShare: adminFloorShare,
      .greenRatio: greenRatio,
    ]
    let yearly = YearlyFigures(
      year: evaluatedYear, performance: evaluatedYear.flatMap { performance(for: $0) },
      mu: area.mu)
    for indicator in Indicator.allCases where indicator.isYearly {
      readings[indicator] = yearly.measure(indicator)
    }
    return IndicatorValues(evaluatedYear: evaluatedYear, siteArea: area, readings: readings)
  }
}
