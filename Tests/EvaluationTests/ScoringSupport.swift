import Foundation
import Land
import Rules
import Testing
import XMLStream

@testable import Evaluation

/// A rule set with no thresholds and the given `<scoring>` body, written
/// to a temporary file and loaded.
func scoringRuleSet(_ scoring: String, attributes: String = "") throws -> RuleSet {
  try loadTestRuleSet(
    id: "scoring-test",
    body: "  <thresholds/>\n  <scoring\(attributes)>\n\(scoring)\n  </scoring>")
}

/// The bundled rule set with this id.
func bundledRuleSet(_ id: String) throws -> RuleSet {
  try RuleSetLoader().loadBundled(id: id).get()
}

/// The rule set `Tests/Corpus/rules/NAME.xml`: the parcel-scoring copies of
/// the bundled rule sets (`zj-huangyan-2022-parcels`,
/// `chengdu-example-parcels`), kept as they were before those scored
/// enterprises.
func corpusRuleSet(_ name: String) throws -> RuleSet {
  try RuleSetLoader().load(path: repositoryRoot + "/Tests/Corpus/rules/" + name + ".xml").get()
}

/// Verdicts of a two-pass run over parcels held in a string.
func scoredVerdicts(_ parcels: String, rules: RuleSet, year: Int? = nil) -> [Verdict] {
  let xml = "<landRecords xmlns=\"urn:mujun:land-records:1\">\n\(parcels)\n</landRecords>\n"
  let open = { XMLRecordReader(bytes: Array(xml.utf8), fileName: "in.xml") }
  var out: [Verdict] = []
  _ = BatchEvaluator(evaluator: Evaluator(ruleSet: rules, year: year)).run(
    open(), reopen: { .success(open()) }
  ) { out.append($0) }
  return out
}

/// A parcel of `mu` mu in sector C3981, district 510116, holder scale
/// `scale`, production since `completed` (default 2015, so no exemption
/// for recent production applies), with one 2024 performance element
/// holding `figures` (attributes, such as `tax="30"`), and `extra` (events,
/// ratings) after it.
func scoredParcel(
  _ id: String, mu: Double = 10, scale: String = "above", sector: String = "C3981",
  district: String = "510116", completed: String = "2015-06-30", figures: String,
  extra: String = ""
) -> String {
  """
  <parcel id="\(id)">
    <district code="\(district)">区</district>
    <area unit="mu">\(mu)</area>
    <sector code="\(sector)">x</sector>
    <holder scale="\(scale)">示例</holder>
    <construction completed="\(completed)"/>
    <performance year="2024" \(figures)/>
  \(extra)
  </parcel>
  """
}

extension Verdict {
  /// The scoring result, or a test failure.
  func scored(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> ScoringResult {
    try #require(scoring, sourceLocation: sourceLocation)
  }
}

/// Scores and item scores are sums of quotients: compared to 1e-9.
func close(_ a: Double?, _ b: Double) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= 1e-9 * max(1, abs(b))
}
