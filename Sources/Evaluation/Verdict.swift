public import Land
public import Rules
public import XMLStream

/// The outcome for one input parcel: every parcel of a run gets exactly one,
/// rejected records included.
///
/// Its parts live in one shared box (``Storage``), copied on write: a
/// verdict is passed along, and copied, several times on its way from the
/// reading threads to the writer, and a copy of twenty-odd Strings and
/// arrays retained and released each of them. Measured with callgrind
/// (release, 10k parcels): 3,550 M instructions in all before, 3,519 M
/// after (`evaluate` 253 M to 244 M, the batch's copies and releases of its
/// steps 65 M to 49 M, `settle` 44 M to 35 M; the JSON lines 300 M to
/// 319 M, each part now read through a call); with `--csv` and `--html`
/// too, 5,042 M to 5,025 M.
public struct Verdict: Sendable {
  /// Parts are set whole (`set`, not `_modify`: with `_modify` the whole
  /// run took 3,563 M instructions, not 3,519 M). An array part appended
  /// to in place is copied first. Setting `scoring`, `contract` or
  /// `pendingScoring` to nil over nil changes nothing: that skip saved a
  /// copy of the box a parcel when the batch set both scoring parts on
  /// every verdict (callgrind, release, 10k parcels: 3,485 M instructions
  /// in all to 3,462 M); it now sets them only when it scores
  /// (``ScoreAttachment``).
  private var storage: Storage

  /// The parcel's id; nil only for a rejected record that has none.
  public var parcel: String? {
    get { storage.parcel }
    set { unique().parcel = newValue }
  }

  public var status: VerdictStatus {
    get { storage.status }
    set { unique().status = newValue }
  }

  /// The performance year evaluated; nil when the record has none.
  public var year: Int? {
    get { storage.year }
    set { unique().year = newValue }
  }

  public var ruleSet: RuleSetIdentity {
    get { storage.ruleSet }
    set { unique().ruleSet = newValue }
  }

  /// Whether the verdict's rule set is `identity`, compared where it lies
  /// (``ruleSet`` hands out a copy, counting a reference to it).
  public func isOf(_ identity: RuleSetIdentity) -> Bool { storage.ruleSet == identity }

  /// The verdict without what a file's line says of it: its id, status,
  /// year, rule set, source location and errors only (what a run's counts
  /// and its messages on standard error need; ``VerdictRendering``).
  /// What the record gives its firms (``land``) is kept too.
  public func reduced() -> Verdict {
    var reduced = Verdict(
      parcel: parcel, status: status, year: year, ruleSet: ruleSet, location: location,
      errors: errors)
    if let land = storage.land { reduced.land = land }
    return reduced
  }

  /// Where the record starts in the input.
  public var location: SourceLocation {
    get { storage.location }
    set { unique().location = newValue }
  }

  /// What identifies the parcel to a person (absent when rejected early).
  public var summary: ParcelSummary? {
    get { storage.summary }
    set { unique().summary = newValue }
  }

  /// Every indicator, in declaration order (empty when rejected).
  public var indicators: [IndicatorEntry] {
    get { storage.indicators }
    set { unique().indicators = newValue }
  }

  public var findings: [Finding] {
    get { storage.findings }
    set { unique().findings = newValue }
  }

  /// Why the record was rejected.
  public var errors: [Diagnostic] {
    get { storage.errors }
    set { unique().errors = newValue }
  }

  /// Remarks that are neither findings nor errors.
  public var notes: [String] {
    get { storage.notes }
    set { unique().notes = newValue }
  }

  /// The per-mu score and class, when the rule set scores (issue 3).
  public var scoring: ScoringResult? {
    get { storage.scoring }
    set {
      // nil over nil changes nothing: no copy of a shared box.
      if newValue == nil, storage.scoring == nil { return }
      unique().scoring = newValue
    }
  }

  /// The contract review as of a date, when the run checks contracts (issue 4).
  public var contract: ContractReview? {
    get { storage.contract }
    set {
      // nil over nil changes nothing: no copy of a shared box.
      if newValue == nil, storage.contract == nil { return }
      unique().contract = newValue
    }
  }

  /// The parcel's scoring figures, from the evaluator to the batch, which
  /// turns them into ``scoring`` with the whole population's figures and
  /// drops them.
  var pendingScoring: ScoringFigures? {
    get { storage.pendingScoring }
    set {
      // nil over nil changes nothing: no copy of a shared box.
      if newValue == nil, storage.pendingScoring == nil { return }
      unique().pendingScoring = newValue
    }
  }

  /// What the record gives the firms that use its land in the evaluated
  /// year, when the run gathers enterprises (``Evaluator/enterprises``);
  /// nil otherwise.
  public var land: ParcelLand? {
    get { storage.land }
    set {
      // nil over nil changes nothing: no copy of a shared box.
      if newValue == nil, storage.land == nil { return }
      unique().land = newValue
    }
  }

  /// The rule set's custom indicators, in declaration order (issue 8).
  public var customIndicators: [CustomIndicatorValue] {
    get { storage.customIndicators }
    set { unique().customIndicators = newValue }
  }

  /// The findings of threshold rows on custom indicators.
  public var customFindings: [CustomFinding] {
    get { storage.customFindings }
    set { unique().customFindings = newValue }
  }

  public init(
    parcel: String?, status: VerdictStatus, year: Int?, ruleSet: RuleSetIdentity,
    location: SourceLocation, summary: ParcelSummary? = nil, indicators: [IndicatorEntry] = [],
    findings: [Finding] = [], errors: [Diagnostic] = [], notes: [String] = []
  ) {
    storage = Storage(
      parcel: parcel, status: status, year: year, ruleSet: ruleSet, location: location,
      summary: summary, indicators: indicators, findings: findings, errors: errors, notes: notes,
      scoring: nil, contract: nil, pendingScoring: nil, customIndicators: [], customFindings: [])
  }

  /// Every part at once, as ``Evaluator/evaluate(_:)`` makes a verdict.
  init(
    parcel: String?, status: VerdictStatus, year: Int?, ruleSet: RuleSetIdentity,
    location: SourceLocation, summary: ParcelSummary?, indicators: [IndicatorEntry],
    findings: [Finding], notes: [String], contract: ContractReview?,
    pendingScoring: ScoringFigures?, customIndicators: [CustomIndicatorValue],
    customFindings: [CustomFinding], land: ParcelLand?
  ) {
    storage = Storage(
      parcel: parcel, status: status, year: year, ruleSet: ruleSet, location: location,
      summary: summary, indicators: indicators, findings: findings, errors: [], notes: notes,
      scoring: nil, contract: contract, pendingScoring: pendingScoring,
      customIndicators: customIndicators, customFindings: customFindings, land: land)
  }

  /// The box, copied first if another verdict shares it.
  private mutating func unique() -> Storage {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    return storage
  }

  /// The indicators whose findings failed, in declaration order, each once.
  public var failedIndicators: [Indicator] {
    var seen: Set<Indicator> = []
    return findings.filter { $0.status == .fail }.map(\.indicator)
      .filter { seen.insert($0).inserted }.sorted()
  }
}

/// One indicator's value for the verdict's `indicators` map.
public struct IndicatorEntry: Sendable, Hashable {
  public var indicator: Indicator
  public var reading: Reading

  public init(indicator: Indicator, reading: Reading) {
    self.indicator = indicator
    self.reading = reading
  }
}

/// The identifying facts of a parcel that reports print beside its verdict.
public struct ParcelSummary: Sendable, Hashable {
  public var name: String?
  public var district: District
  public var sector: Sector
  public var area: Area
  /// The land-use right holder, with its credit code when the record
  /// gives one (records.md 1.1: the key that merges verdicts by firm).
  public var holder: Holder?

  public init(
    name: String?, district: District, sector: Sector, area: Area, holder: Holder? = nil
  ) {
    self.name = name
    self.district = district
    self.sector = sector
    self.area = area
    self.holder = holder
  }
}
