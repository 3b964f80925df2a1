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
  /// When set, each verdict carries what its record gives the firms that
  /// use its land in that year (``Verdict/land``), for the run's
  /// enterprises (records.md 1.1).
  public var enterprises: EnterpriseYear?

  /// The texts of each of the rule set's rows, by position in its rows.
  let rowTexts: [RowTexts]

  public init(ruleSet: RuleSet, year: Int? = nil, asOf: CivilDate? = nil) {
    self.ruleSet = ruleSet
    self.year = year
    self.asOf = asOf
    rowTexts = ruleSet.rows.enumerated().map { RowTexts($1, at: $0) }
  }

  /// The same evaluator on a copy of the rule set made for one reading
  /// thread (``RuleSet/copyForOneThread()``), with every setting kept.
  func copyForOneThread() -> Evaluator {
    var copy = Evaluator(ruleSet: ruleSet.copyForOneThread(), year: year, asOf: asOf)
    copy.enterprises = enterprises
    return copy
  }

  /// The verdict for a parcel that decoded cleanly.
  ///
  /// Its parts are worked out first and the verdict made at the end, in
  /// one go. Measured with callgrind (release, 10k parcels): a verdict made
  /// first and changed after (custom indicators, notes, scoring figures,
  /// contract review) was copied whole, and the copy destroyed, twice a
  /// parcel (once still, where it is returned: since then ``Verdict`` keeps
  /// its parts in one box, and that copy is one retain); with
  /// ``status(of:)`` below, this function took 293 M instructions before,
  /// 258 M after.
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
    var status = Self.status(of: findings)
    var custom = CustomOutcome()
    if let inputs { custom = applyExpressions(parcel, inputs, status: &status) }
    if rows.isEmpty, custom.findings.isEmpty {
      custom.notes.insert(
        "no threshold of \(ruleSet.identity.id) applies to sector \(parcel.sector.code) in district \(parcel.district.code)",
        at: 0)
    }
    let pendingScoring = scoringFigures(
      for: parcel, values: values, custom: inputs == nil ? nil : custom.indicators)
    var contract: ContractReview?
    if let asOf {
      let review = ContractReviewer(asOf: asOf, year: year).review(
        parcel, bounds: ruleSet.bounds(from: rows), known: values)
      status = review.adjusted(status)
      contract = review
    }
    return Verdict(
      parcel: parcel.id,
      status: status,
      year: values.evaluatedYear,
      ruleSet: ruleSet.identity,
      location: parcel.location,
      summary: ParcelSummary(
        name: parcel.name, district: parcel.district, sector: parcel.sector, area: parcel.area,
        holder: parcel.holder),
      indicators: Indicator.allCases.map { IndicatorEntry(indicator: $0, reading: values[$0]) },
      findings: findings,
      notes: custom.notes,
      contract: contract,
      pendingScoring: pendingScoring,
      customIndicators: custom.indicators,
      customFindings: custom.findings,
      land: enterprises.map { parcel.land(in: $0.year, tenantLand: $0.tenantLand) })
  }

  /// The verdict for a record that could not be read as a parcel; `codes`
  /// are the firms it names (its land goes to none of them).
  public func reject(
    id: String?, at location: SourceLocation, errors: [Diagnostic], codes: [String] = []
  ) -> Verdict {
    var verdict = Verdict(
      parcel: id, status: .rejected, year: nil, ruleSet: ruleSet.identity, location: location,
      errors: errors)
    if enterprises != nil {
      verdict.land = .rejected(parcel: id, at: location, codes: codes)
    }
    return verdict
  }

  /// Rejected if rejected; else any failure makes it noncompliant; else any
  /// missing figure makes it incomplete; else compliant.
  ///
  /// Each finding's status is read in place: `contains(where:)` copied each
  /// finding for its closure (retaining and releasing its four Strings).
  /// Measured with callgrind (release, 10k parcels): 21 M instructions
  /// before, under 0.5 M after.
  static func status(of findings: [Finding]) -> VerdictStatus {
    var missing = false
    for index in findings.indices {
      switch findings[index].status {
      case .fail: return .noncompliant
      case .nodata: missing = true
      case .pass: break
      }
    }
    return missing ? .incomplete : .compliant
  }
}
