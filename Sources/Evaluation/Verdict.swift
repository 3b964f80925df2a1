public import Land
public import Rules
public import XMLStream

/// The outcome for one input parcel: every parcel of a run gets exactly one,
/// rejected records included.
public struct Verdict: Sendable {
  /// The parcel's id; nil only for a rejected record that has none.
  public var parcel: String?
  public var status: VerdictStatus
  /// The performance year evaluated; nil when the record has none.
  public var year: Int?
  public var ruleSet: RuleSetIdentity
  /// Where the record starts in the input.
  public var location: SourceLocation
  /// What identifies the parcel to a person (absent when rejected early).
  public var summary: ParcelSummary?
  /// Every indicator, in declaration order (empty when rejected).
  public var indicators: [IndicatorEntry]
  public var findings: [Finding]
  /// Why the record was rejected.
  public var errors: [Diagnostic]
  /// Remarks that are neither findings nor errors.
  public var notes: [String]
  /// The per-mu score and class, when the rule set scores (issue 3).
  public var scoring: ScoringResult?
  /// The contract review as of a date, when the run checks contracts (issue 4).
  public var contract: ContractReview?
  /// The parcel's scoring figures, from the evaluator to the batch, which
  /// turns them into ``scoring`` with the whole population's figures and
  /// drops them.
  var pendingScoring: ScoringFigures?
  /// The rule set's custom indicators, in declaration order (issue 8).
  public var customIndicators: [CustomIndicatorValue] = []
  /// The findings of threshold rows on custom indicators.
  public var customFindings: [CustomFinding] = []

  public init(
    parcel: String?, status: VerdictStatus, year: Int?, ruleSet: RuleSetIdentity,
    location: SourceLocation, summary: ParcelSummary? = nil, indicators: [IndicatorEntry] = [],
    findings: [Finding] = [], errors: [Diagnostic] = [], notes: [String] = []
  ) {
    self.parcel = parcel
    self.status = status
    self.year = year
    self.ruleSet = ruleSet
    self.location = location
    self.summary = summary
    self.indicators = indicators
    self.findings = findings
    self.errors = errors
    self.notes = notes
  }

  /// Every part at once, as ``Evaluator/evaluate(_:)`` makes a verdict.
  init(
    parcel: String?, status: VerdictStatus, year: Int?, ruleSet: RuleSetIdentity,
    location: SourceLocation, summary: ParcelSummary?, indicators: [IndicatorEntry],
    findings: [Finding], notes: [String], contract: ContractReview?,
    pendingScoring: ScoringFigures?, customIndicators: [CustomIndicatorValue],
    customFindings: [CustomFinding]
  ) {
    self.parcel = parcel
    self.status = status
    self.year = year
    self.ruleSet = ruleSet
    self.location = location
    self.summary = summary
    self.indicators = indicators
    self.findings = findings
    self.errors = []
    self.notes = notes
    self.contract = contract
    self.pendingScoring = pendingScoring
    self.customIndicators = customIndicators
    self.customFindings = customFindings
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

  public init(name: String?, district: District, sector: Sector, area: Area) {
    self.name = name
    self.district = district
    self.sector = sector
    self.area = area
  }
}
