public import Land
public import Rules
public import XMLStream

/// Applies one rule set to parcels, one at a time. Holds no per-parcel
/// state, so one evaluator serves a whole batch (and several threads).
public struct Evaluator: Sendable {
  public let ruleSet: RuleSet
  /// The performance year to evaluate; nil means each record's latest.
  public let year: Int?
  /// Check contracts as of this date (issue 4); nil: contracts are not checked.
  public let asOf: CivilDate?

  /// The texts of each of the rule set's rows, by position in its rows.
  let rowTexts: [RowTexts]

  public init(ruleSet: RuleSet, year: Int? = nil, asOf: CivilDate? = nil) {
    self.ruleSet = ruleSet
    self.year = year
    self.asOf = asOf
    rowTexts = ruleSet.rows.map(RowTexts.init)
  }

  /// The verdict for a parcel that decoded cleanly.
  public func evaluate(_ parcel: Parcel) -> Verdict {
    let values = parcel.indicators(year: year)
    let inputs = ruleSet.usesExpressions ? Self.expressionInputs(for: parcel, values: values) : nil
    let rows = ruleSet.boundingRows(
      for: parcel.sector.code, district: parcel.district.code, zone: parcel.zone?.level,
      inputs: inputs)
    var findings: [Finding] = []
    findings.reserveCapacity(rows.count)  // one a row, mostly
    for bounded in rows {
      appendFindings(
        for: bounded.indicator, reading: values[bounded.indicator], rows: bounded, to: &findings)
    }
    var verdict = Verdict(
      parcel: parcel.id,
      status: Self.status(of: findings),
      year: values.evaluatedYear,
      ruleSet: ruleSet.identity,
      location: parcel.location,
      summary: ParcelSummary(
        name: parcel.name, district: parcel.district, sector: parcel.sector, area: parcel.area),
      indicators: Indicator.allCases.map { IndicatorEntry(indicator: $0, reading: values[$0]) },
      findings: findings)
    if let inputs { applyExpressions(parcel, inputs, to: &verdict) }
    if rows.isEmpty, verdict.customFindings.isEmpty {
      verdict.notes.insert(
        "no threshold of \(ruleSet.identity.id) applies to sector \(parcel.sector.code) in district \(parcel.district.code)",
        at: 0)
    }
    verdict.pendingScoring = scoringFigures(
      for: parcel, values: values, custom: inputs == nil ? nil : verdict.customIndicators)
    if let asOf {
      let review = ContractReviewer(asOf: asOf, year: year).review(
        parcel, bounds: ruleSet.bounds(from: rows), known: values)
      verdict.contract = review
      verdict.status = review.adjusted(verdict.status)
    }
    return verdict
  }

  /// The verdict for a record that could not be read as a parcel.
  public func reject(id: String?, at location: SourceLocation, errors: [Diagnostic]) -> Verdict {
    Verdict(
      parcel: id, status: .rejected, year: nil, ruleSet: ruleSet.identity, location: location,
      errors: errors)
  }

  /// Rejected if rejected; else any failure makes it noncompliant; else any
  /// missing figure makes it incomplete; else compliant.
  static func status(of findings: [Finding]) -> VerdictStatus {
    if findings.contains(where: { $0.status == .fail }) { return .noncompliant }
    if findings.contains(where: { $0.status == .nodata }) { return .incomplete }
    return .compliant
  }
}
