/// The indicators of one performance year (`domain.md`, "The control
/// indicators"): each a quotient of two figures, no data when either is
/// missing or the divisor is 0.
struct YearlyFigures {
  /// The evaluated year, if any.
  var year: Int?
  /// That year's figures, if the record has them.
  var performance: Performance?
  /// The site area in mu.
  var mu: Double

  func measure(_ indicator: Indicator) -> Reading {
    guard let year else { return .noData(reason: "the record has no performance figures") }
    guard let performance else { return .noData(reason: "no performance figures for \(year)") }
    let figures = Figures(year: year, mu: mu)
    return switch indicator {
    // Tax per mu 亩均税收: taxes paid in the year ÷ site area in mu.
    case .taxPerMu: figures.perMu(performance.tax, "tax")
    // Output per mu 亩均产出: output value in the year ÷ site area in mu.
    case .outputPerMu: figures.perMu(performance.output, "output")
    // Output per mu, on revenue (the domain's "or revenue").
    case .revenuePerMu: figures.perMu(performance.revenue, "revenue")
    // Value added per mu 亩均增加值: industrial value added ÷ site area in mu.
    case .valueAddedPerMu: figures.perMu(performance.valueAdded, "value added")
    // Energy per value added 单位增加值能耗: energy use (tce) ÷ value added.
    case .energyPerValueAdded:
      figures.ratio(performance.energy, "energy", over: performance.valueAdded, "value added")
    // Value added per energy 单位能耗增加值: value added ÷ energy use.
    case .valueAddedPerEnergy:
      figures.ratio(performance.valueAdded, "value added", over: performance.energy, "energy")
    // Value added per emission 单位排放增加值: value added ÷ emissions (t).
    case .valueAddedPerEmission:
      figures.ratio(performance.valueAdded, "value added", over: performance.emissions, "emissions")
    // Labour productivity 全员劳动生产率: value added ÷ average employees.
    case .laborProductivity:
      figures.ratio(performance.valueAdded, "value added", over: performance.employees, "employees")
    // R&D intensity 研发投入强度: R&D spending ÷ main-business revenue.
    case .rndIntensity: figures.ratio(performance.rnd, "R&D", over: performance.revenue, "revenue")
    // Tax per kWh 单位电耗税收: tax ÷ electricity use; tax is in 10k CNY, so
    // × 10000 gives CNY per kWh.
    case .taxPerKWh:
      figures.ratio(
        performance.tax, "tax", over: performance.electricity, "electricity", scale: 10000)
    case .investmentIntensity, .fixedAssetInvestment, .plotRatio, .buildingCoefficient,
      .buildingDensity, .adminShare, .adminFloorShare, .greenRatio:
      .noData(reason: "\(indicator.rawValue) is not a yearly figure")
    }
  }

  /// The quotients of one year's figures. They take the figures as values,
  /// not key paths into ``Performance``: measured (release, 200k parcels,
  /// `perf record`), projecting key paths and copying the year's figures
  /// for each indicator was most of the 1.5% of a batch run these took.
  private struct Figures {
    var year: Int
    var mu: Double

    func perMu(_ figure: Double?, _ name: String) -> Reading {
      guard let value = figure else { return missing(name) }
      return .quotient(value, mu, zeroReason: "the site area is 0")
    }

    func ratio(
      _ numerator: Double?, _ numeratorName: String,
      over denominator: Double?, _ denominatorName: String,
      scale: Double = 1
    ) -> Reading {
      guard let top = numerator else { return missing(numeratorName) }
      guard let bottom = denominator else { return missing(denominatorName) }
      return .quotient(
        top * scale, bottom, zeroReason: "the \(denominatorName) figure for \(year) is 0")
    }

    private func missing(_ name: String) -> Reading {
      .noData(reason: "no \(name) figure for \(year)")
    }
  }
}
