public import Land

/// One enterprise of a run (records.md 1.1, "Enterprise verdicts out"): its
/// land, held and rented, its figures with their sources, and its per-mu
/// indicators. Scoring adds its class later (the rule set's scheme).
public struct Enterprise: Sendable {
  /// The unified social credit code, in normal form (as written, when it
  /// fails its check: the enterprise then carries an error).
  public var code: String
  /// The name the department files give, else the records'.
  public var name: String?
  public var year: Int
  public var track: EnterpriseTrack
  /// Each parcel it holds or rents, in the order the records give them.
  public var land: [FirmLand]
  /// The land it uses, in mu.
  public var areaMu: Double
  /// Each figure present, by `<performance>` attribute.
  public var figures: FieldValues<EnterpriseFigure>
  /// The yearly indicators (``Performance/yearlyIndicators``), in order.
  public var indicators: [(indicator: Indicator, reading: Reading)]
  /// 规上 / 规下: the department files', else the held parcels' records'.
  public var scale: HolderScale?
  /// The sector and district of the parcel giving it the most land.
  public var sector: String?
  public var district: String?
  /// The earliest completion among the parcels it holds.
  public var completed: CivilDate?
  /// The earliest grant among the parcels it holds.
  public var granted: CivilDate?
  /// The events of the evaluated year on the parcels it holds.
  public var events: [Event] = []
  /// Classes of earlier years from its held parcels' records.
  public var pastRatings: [Int: RatingClass] = [:]
  /// The tenant firms on the parcels it holds.
  public var tenantCodes: [String] = []
  public var notes: [EnterpriseIssue]
  public var errors: [EnterpriseIssue]
  /// Figures corrected after publication (objections), with the values
  /// they replaced.
  public var corrections: [AppliedCorrection] = []

  public init(
    code: String, name: String?, year: Int, track: EnterpriseTrack, land: [FirmLand],
    areaMu: Double, figures: FieldValues<EnterpriseFigure>,
    indicators: [(indicator: Indicator, reading: Reading)], scale: HolderScale?,
    sector: String?, district: String?, completed: CivilDate?, notes: [EnterpriseIssue],
    errors: [EnterpriseIssue]
  ) {
    self.code = code
    self.name = name
    self.year = year
    self.track = track
    self.land = land
    self.areaMu = areaMu
    self.figures = figures
    self.indicators = indicators
    self.scale = scale
    self.sector = sector
    self.district = district
    self.completed = completed
    self.notes = notes
    self.errors = errors
  }

  /// The land it holds (its share of its parcels), and rents, in mu.
  public var heldMu: Double { land.filter { $0.role == .holder }.reduce(0) { $0 + $1.mu } }
  public var rentedMu: Double { land.filter { $0.role == .tenant }.reduce(0) { $0 + $1.mu } }
  /// How many parcels it holds.
  public var heldParcels: Int { land.count { $0.role == .holder } }

  /// The yearly indicators of `figures` over `areaMu`; the per-mu ones no
  /// data when the firm has no land.
  public static func indicators(
    figures: FieldValues<EnterpriseFigure>, areaMu: Double, year: Int
  ) -> [(indicator: Indicator, reading: Reading)] {
    var reasons = ReasonTexts()
    return indicators(figures: figures, areaMu: areaMu, year: year, reasons: &reasons)
  }

  /// ``indicators(figures:areaMu:year:)``, each no-data reason taken from
  /// `reasons`, so that the firms of a run share one copy of each text.
  static func indicators(
    figures: FieldValues<EnterpriseFigure>, areaMu: Double, year: Int,
    reasons: inout ReasonTexts
  ) -> [(indicator: Indicator, reading: Reading)] {
    var performance = Performance(year: year)
    for (field, figure) in figures { field.set(figure.value, in: &performance) }
    return Performance.yearlyIndicators.map { indicator in
      let reading: Reading =
        areaMu == 0 && Performance.perMuIndicators.contains(indicator)
        ? .noData(reason: "no land in the records") : performance.reading(indicator, mu: areaMu)
      guard case .noData(let reason) = reading else { return (indicator, reading) }
      return (indicator, .noData(reason: reasons.shared(reason)))
    }
  }

  /// The figures as a land record's `<performance>` of the year.
  public var performance: Performance {
    var performance = Performance(year: year)
    for (field, figure) in figures { field.set(figure.value, in: &performance) }
    return performance
  }
}
