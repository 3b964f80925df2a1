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
    let figures = Figures(year: year, performance: performance, mu: mu)
    return switch indicator {
    // Tax per mu 亩均税收: taxes paid in the year ÷ site area in mu.
    case .taxPerMu: figures.perMu(\.tax, "tax")
    // Output per mu 亩均产出: output value in the year ÷ site area in mu.
    case .outputPerMu: figures.perMu(\.output, "output")
    // Output per mu, on revenue (the domain's "or revenue").
    case .revenuePerMu: figures.perMu(\.revenue, "revenue")
    // Value added per mu 亩均增加值: industrial value added ÷ site area in mu.
    case .valueAddedPerMu: figures.perMu(\.valueAdded, "value added")
    // Energy per value added 单位增加值能耗: energy use (tce) ÷ value added.
    case .energyPerValueAdded: figures.ratio(\.energy, "energy", over: \.valueAdded, "value added")
    // Value added per energy 单位能耗增加值: value added ÷ energy use.
    case .valueAddedPerEnergy: figures.ratio(\.valueAdded, "value added", over: \.energy, "energy")
    // Value added per emission 单位排放增加值: value added ÷ emissions (t).
    case .valueAddedPerEmission:
      figures.ratio(\.valueAdded, "value added", over: \.emissions, "emissions")
    // Labour productivity 全员劳动生产率: value added ÷ average employees.
    case .laborProductivity:
      figures.ratio(\.valueAdded, "value added", over: \.employees, "employees")
    // R&D intensity 研发投入强度: R&D spending ÷ main-business revenue.
    case .rndIntensity: figures.ratio(\.rnd, "R&D", over: \.revenue, "revenue")
    // Tax per kWh 单位电耗税收: tax ÷ electricity use; tax is in 10k CNY, so
    // × 10000 gives CNY per kWh.
    case .taxPerKWh:
      figures.ratio(\.tax, "tax", over: \.electricity, "electricity", scale: 10000)
    case .investmentIntensity, .fixedAssetInvestment, .plotRatio, .buildingCoefficient,
      .buildingDensity, .adminShare, .adminFloorShare, .greenRatio:
      .noData(reason: "\(indicator.rawValue) is not a yearly figure")
    }
  }

  /// One year's figures and the quotients built from them.
  private struct Figures {
    var year: Int
    var performance: Performance
    var mu: Double

    func perMu(_ figure: KeyPath<Performance, Double?>, _ name: String) -> Reading {
      guard let value = performance[keyPath: figure] else { return missing(name) }
      return .quotient(value, mu, zeroReason: "the site area is 0")
    }

    func ratio(
      _ numerator: KeyPath<Performance, Double?>, _ numeratorName: String,
      over denominator: KeyPath<Performance, Double?>, _ denominatorName: String,
      scale: Double = 1
    ) -> Reading {
      guard let top = performance[keyPath: numerator] else { return missing(numeratorName) }
      guard let bottom = performance[keyPath: denominator] else { return missing(denominatorName) }
      return .quotient(
        top * scale, bottom, zeroReason: "the \(denominatorName) figure for \(year) is 0")
    }

    private func missing(_ name: String) -> Reading {
      .noData(reason: "no \(name) figure for \(year)")
    }
  }
}
