import Land

/// Commitments: site and investment figures are checked from completion
/// on (before it they are `pending`: the building is not finished, and the
/// completion clause covers the delay); yearly figures from `fromYear` on
/// (without one, from the year of completion on), using the performance of
/// the year asked for, else the latest year up to the as-of year. Bounds are
/// converted into the indicator's unit first (`IndicatorUnit.convert`).
extension ContractReviewer {
  /// `values` are the parcel's indicators for the checked year (the year
  /// asked for, else the latest up to the as-of year).
  func check(_ commitment: Commitment, parcel: Parcel, values: IndicatorValues, price: Double?)
    -> (ClauseFinding, DamagesItem?)
  {
    let indicator = commitment.indicator
    let unit = indicator.unit
    let written = commitment.unit ?? unit
    let min = commitment.min.flatMap { unit.convert($0, from: written) }
    let max = commitment.max.flatMap { unit.convert($0, from: written) }
    let suffix = RowText.unitSuffix(unit)
    let agreed =
      "the agreed " + RowText.bounds(min: min, max: max, unit: suffix).dropFirst("the ".count)
    let name = indicator.rawValue
    var finding = ClauseFinding(
      clause: .commitment(indicator), status: .pending, min: min, max: max, message: "")
    let completed = happened(parcel.construction?.completed)
    finding.fromYear = commitment.fromYear
    var checkedYear: Int?
    if indicator.isYearly {
      checkedYear = values.evaluatedYear
      // Without fromYear, yearly figures count from the year of completion.
      guard let from = commitment.fromYear ?? completed?.year else {
        finding.message =
          "\(name): not yet due as of \(asOf); checked from completion on, and construction is not completed"
        return (finding, nil)
      }
      guard let checked = checkedYear, checked >= from else {
        if asOf.year > from {
          finding.status = .nodata
          finding.noDataCause = .figures
          finding.message =
            "\(name): no performance figures for \(from) or later as of \(asOf), so \(agreed) cannot be checked"
        } else {
          finding.message = "\(name): not yet due as of \(asOf); applies from \(from)"
        }
        return (finding, nil)
      }
    } else {
      guard completed != nil else {
        finding.message =
          "\(name): not yet due as of \(asOf); checked from completion on, and construction is not completed"
        return (finding, nil)
      }
    }
    finding.year = checkedYear
    let inYear = checkedYear.map { " in \($0)" } ?? ""
    let value: Double
    switch values[indicator] {
    case .noData(let reason):
      finding.status = .nodata
      finding.noDataCause = .figures
      finding.message = "\(name) has no data (\(reason)), so \(agreed) cannot be checked"
      return (finding, nil)
    case .value(let v):
      value = v
    }
    finding.value = value
    if let min, !BoundCheck.meetsMinimum(value, min) {
      let (a, b) = NumberText.pair(value, min)
      finding.status = .fail
      finding.message = "\(name) \(a)\(suffix)\(inYear) is below the agreed minimum \(b)\(suffix)"
      return priced(
        finding, Self.belowMinimum(commitment, agreed: min, actual: value, mu: parcel.area.mu),
        price: price)
    }
    if let max, !BoundCheck.meetsMaximum(value, max) {
      let (a, b) = NumberText.pair(value, max)
      finding.status = .fail
      finding.message = "\(name) \(a)\(suffix)\(inYear) is above the agreed maximum \(b)\(suffix)"
      if indicator == .plotRatio {
        let excess = (value - max) * parcel.area.squareMetres
        finding.message += "; excess floor area \(NumberText.format(excess, decimals: 2)) m²"
      }
      let remedy: Remedy = commitment.penaltyPermille.map { .permille($0) } ?? .none
      return priced(finding, remedy, price: price)
    }
    finding.status = .pass
    finding.message = "\(name) \(NumberText.format(value))\(suffix)\(inYear) meets \(agreed)"
    return (finding, nil)
  }

  /// What a broken commitment costs, before the land price is known.
  enum Remedy {
    case none
    /// Needs no price.
    case formula(DamagesFormula)
    /// (agreed − actual) ÷ agreed × price.
    case shortfall(agreed: Double, actual: Double)
    /// ‰ × price.
    case permille(Double)
  }

  /// The model contract's remedy for a value below the agreed minimum
  /// (`domain.md`, "The land-transfer contract"): the missing tax for
  /// `remedy="topUp"` on tax per mu; the proportional shortfall for
  /// investment, plot ratio and density; else the one-off ‰, if any.
  static func belowMinimum(_ commitment: Commitment, agreed: Double, actual: Double, mu: Double)
    -> Remedy
  {
    switch commitment.indicator {
    case .taxPerMu where commitment.remedy == .topUp:
      return .formula(.topUp(agreed: agreed, actual: actual, mu: mu))
    case .investmentIntensity, .fixedAssetInvestment, .plotRatio, .buildingDensity:
      return .shortfall(agreed: agreed, actual: actual)
    default:
      return commitment.penaltyPermille.map { .permille($0) } ?? .none
    }
  }

  func priced(_ finding: ClauseFinding, _ remedy: Remedy, price: Double?)
    -> (ClauseFinding, DamagesItem?)
  {
    var finding = finding
    let formula: DamagesFormula
    switch (remedy, price) {
    case (.none, _):
      finding.message += "; the contract sets no damages for it"
      return (finding, nil)
    case (.formula(let given), _):
      formula = given
    case (.shortfall(let agreed, let actual), let price?):
      formula = .shortfall(agreed: agreed, actual: actual, price: price)
    case (.permille(let permille), let price?):
      formula = .permille(permille: permille, price: price)
    case (.shortfall, nil), (.permille, nil):
      finding.status = .nodata
      finding.noDataCause = .landPrice
      finding.message += "; \(Self.noPrice)"
      return (finding, nil)
    }
    let item = DamagesItem(clause: finding.clause.name, formula: formula)
    finding.message += "; damages \(item.basis)"
    return (finding, item)
  }
}
