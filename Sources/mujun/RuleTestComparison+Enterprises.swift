import Enterprises
import Evaluation
import Land
import Rules

extension RuleTestComparison {
  /// The outcomes of enterprise verdicts, by credit code.
  static func outcomes(_ verdicts: [String: EnterpriseVerdict]) -> [String: Outcome] {
    verdicts.mapValues { verdict in
      Outcome(
        cell: { cell($0, of: verdict) },
        reason: { $0 == "track" || $0 == "class" ? reason(verdict) : nil },
        summary: verdict.track)
    }
  }

  /// A column of an enterprise table (``RuleTestExpectations``).
  static func cell(_ column: String, of verdict: EnterpriseVerdict) -> String {
    let scoring = verdict.scoring
    switch column {
    case "track": return verdict.track
    case "class": return scoring?.class?.rawValue ?? "-"
    case "score": return scoring?.score.map { String(format4: $0) } ?? ""
    case "rank": return scoring?.rank.map(String.init) ?? "-"
    case "adjustments":
      return scoring.map { String(format4: $0.adjustments.reduce(0) { $0 + $1.points }) } ?? ""
    case "areaMu": return String(format4: verdict.enterprise.areaMu)
    default:
      guard let indicator = Indicator(rawValue: column),
        let value = verdict.enterprise.indicators.first(where: { $0.indicator == indicator })?
          .reading.value
      else { return "" }
      return String(format4: value)
    }
  }

  /// Whether an enterprise column is compared as a number.
  static func isNumber(enterpriseColumn column: String) -> Bool {
    RuleTestExpectations.enterpriseNumbers.contains(column) || Indicator(rawValue: column) != nil
  }

  /// Why a firm has its track or class: its first error, its exemption or
  /// veto, else its first note (why no scheme takes it).
  private static func reason(_ verdict: EnterpriseVerdict) -> String? {
    verdict.enterprise.errors.first?.description ?? verdict.scoring?.exemption
      ?? verdict.scoring?.veto ?? verdict.enterprise.notes.first?.message
  }
}
