import Land
import Rules
import XMLStream

extension Verdict {
  /// A verdict's parts. Only ever changed through a verdict that holds
  /// the only reference to it (``Verdict/unique()``), so sharing it
  /// between threads is as safe as sharing an array's buffer.
  final class Storage: @unchecked Sendable {
    var parcel: String?
    var status: VerdictStatus
    var year: Int?
    var ruleSet: RuleSetIdentity
    var location: SourceLocation
    var summary: ParcelSummary?
    var indicators: [IndicatorEntry]
    var findings: [Finding]
    var errors: [Diagnostic]
    var notes: [String]
    var scoring: ScoringResult?
    var contract: ContractReview?
    var pendingScoring: ScoringFigures?
    var customIndicators: [CustomIndicatorValue]
    var customFindings: [CustomFinding]
    var land: ParcelLand?

    init(
      parcel: String?,
      status: VerdictStatus,
      year: Int?,
      ruleSet: RuleSetIdentity,
      location: SourceLocation,
      summary: ParcelSummary?,
      indicators: [IndicatorEntry],
      findings: [Finding],
      errors: [Diagnostic],
      notes: [String],
      scoring: ScoringResult?,
      contract: ContractReview?,
      pendingScoring: ScoringFigures?,
      customIndicators: [CustomIndicatorValue],
      customFindings: [CustomFinding],
      land: ParcelLand? = nil
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
      self.scoring = scoring
      self.contract = contract
      self.pendingScoring = pendingScoring
      self.customIndicators = customIndicators
      self.customFindings = customFindings
      self.land = land
    }

    func copy() -> Storage {
      Storage(
        parcel: parcel, status: status, year: year, ruleSet: ruleSet, location: location,
        summary: summary, indicators: indicators, findings: findings, errors: errors, notes: notes,
        scoring: scoring, contract: contract, pendingScoring: pendingScoring,
        customIndicators: customIndicators, customFindings: customFindings, land: land)
    }
  }
}
