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
  /// The yearly indicators' values (``Performance/yearlyIndicators``, in
  /// order), NaN for no data; ``indicators`` gives them with the reasons,
  /// worked out when asked for.
  private var indicatorValues: [Double]
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
    indicatorValues = Performance.yearlyIndicators.map { indicator in
      indicators.first { $0.indicator == indicator }?.reading.value ?? .nan
    }
    self.scale = scale
    self.sector = sector
    self.district = district
    self.completed = completed
    self.notes = notes
    self.errors = errors
  }

  /// The yearly indicators (``Performance/yearlyIndicators``), in order,
  /// each a value or no data with the reason.
  public var indicators: [(indicator: Indicator, reading: Reading)] {
    get {
      // The reasons are worked out again, only when some value is missing.
      var computed: [(indicator: Indicator, reading: Reading)]?
      return Performance.yearlyIndicators.enumerated().map { offset, indicator in
        let value = indicatorValues[offset]
        guard value.isNaN else { return (indicator, .value(value)) }
        let readings =
          computed ?? Self.indicators(figures: figures, areaMu: areaMu, year: year)
        computed = readings
        if case .noData = readings[offset].reading { return readings[offset] }
        return (indicator, .noData(reason: "no data"))
      }
    }
    set {
      indicatorValues = Performance.yearlyIndicators.map { indicator in
        newValue.first { $0.indicator == indicator }?.reading.value ?? .nan
      }
    }
  }

  /// Works the indicators' values out again from the figures and the land
  /// (after a correction): each the quotient of its two figures, as
  /// ``Performance/reading(_:mu:)`` divides them, with no words made.
  public mutating func recomputeIndicators() {
    var performance = Performance(year: year)
    for (field, figure) in figures { field.set(figure.value, in: &performance) }
    indicatorValues = Performance.yearlyIndicators.map { indicator in
      if areaMu == 0, Performance.perMuIndicators.contains(indicator) { return .nan }
      guard let parts = performance.components(of: indicator, mu: areaMu) else { return .nan }
      let quotient = parts.numerator / parts.denominator
      return quotient.isFinite ? quotient : .nan
    }
  }

  /// One indicator's reading: its value, or no data with the reason (made
  /// only then); for an indicator that is not a yearly one, no data.
  public func reading(of indicator: Indicator) -> Reading {
    if let value = value(of: indicator) { return .value(value) }
    guard Performance.yearlyIndicators.contains(indicator) else {
      return .noData(reason: "\(indicator.rawValue) is not an enterprise indicator")
    }
    return indicators.first { $0.indicator == indicator }?.reading
      ?? .noData(reason: "no data")
  }

  /// One yearly indicator's value; nil for no data or an indicator that is
  /// not a yearly one.
  public func value(of indicator: Indicator) -> Double? {
    guard let offset = Performance.yearlyIndicators.firstIndex(of: indicator) else { return nil }
    let value = indicatorValues[offset]
    return value.isNaN ? nil : value
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
    var performance = Performance(year: year)
    for (field, figure) in figures { field.set(figure.value, in: &performance) }
    return Performance.yearlyIndicators.map { indicator in
      let reading: Reading =
        areaMu == 0 && Performance.perMuIndicators.contains(indicator)
        ? .noData(reason: "no land in the records") : performance.reading(indicator, mu: areaMu)
      return (indicator, reading)
    }
  }

  /// The figures as a land record's `<performance>` of the year.
  public var performance: Performance {
    var performance = Performance(year: year)
    for (field, figure) in figures { field.set(figure.value, in: &performance) }
    return performance
  }
}
