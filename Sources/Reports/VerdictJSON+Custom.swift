import Evaluation
import XMLStream

/// Custom indicators (issue 8) in a verdict line: their values in
/// `indicators` after the built-in ones, their findings in `findings` with
/// the keys of a built-in finding (the unit as the rule set writes it,
/// `null` when it gives none), their no-data reasons in `noData`.
extension VerdictJSON {
  static func writeCustomValues(of verdict: Verdict, to json: inout JSONWriter) {
    for value in verdict.customIndicators {
      json.key(escaping: value.name)
      json.optional(value.value)
    }
  }

  static func customNoData(of verdict: Verdict) -> [(String, String)] {
    verdict.customIndicators.compactMap { value in
      value.noDataReason.map { (value.name, $0) }
    }
  }

  static func write(_ finding: CustomFinding, to json: inout JSONWriter) {
    json.beginObject()
    json.key("indicator")
    json.string(finding.indicator)
    json.key("status")
    json.string(caseOf: finding.status)
    json.key("value")
    json.optional(finding.value)
    if let min = finding.min {
      json.key("min")
      json.number(min)
    }
    if let max = finding.max {
      json.key("max")
      json.number(max)
    }
    json.key("unit")
    json.optional(finding.unit)
    json.key("rule")
    json.fileAndLine(finding.rule.file, finding.rule.line)
    json.key("ruleSet")
    json.string(finding.ruleSetID)
    if let source = finding.source {
      json.key("source")
      json.string(source)
    }
    json.key("message")
    json.string(finding.message)
    json.endObject()
  }
}
