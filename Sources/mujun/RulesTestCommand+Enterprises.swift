import Enterprises
import Evaluation
import Land
import Rules
import XMLStream

extension RulesTestCommand {
  /// A table that asks for what the rule set cannot give: enterprises of a
  /// rule set that does not score them, or parcel classes of one that
  /// scores enterprises (its parcels carry no score).
  static func unfit(_ expected: RuleTestExpectations, ruleSet: RuleSet) -> Diagnostic? {
    let scoresEnterprises = ruleSet.scoring?.unit == .enterprise
    let id = ruleSet.identity.id
    switch expected.key {
    case .enterprise where !scoresEnterprises:
      let what =
        ruleSet.scoring == nil
        ? "has no <scoring>" : "scores parcels (its <scoring> has no unit=\"enterprise\")"
      return Diagnostic(
        at: expected.header,
        "the table is keyed by enterprise, but rule set \(id) \(what); key the table by parcel")
    case .parcel where scoresEnterprises && expected.columns.contains("class"):
      return Diagnostic(
        at: expected.header,
        "column class: rule set \(id) scores enterprises (<scoring unit=\"enterprise\">), so parcels have no class; check classes in a table keyed by enterprise"
      )
    default:
      return nil
    }
  }

  /// The enterprises of a case's records in `year`, as `mujun evaluate
  /// --year YEAR --enterprises` gives them with no department file: every
  /// credit code met as holder or tenant, its land and the figures of the
  /// parcels it holds, scored by the rule set; by code, and the codes in
  /// order.
  static func enterprises(
    _ reader: XMLRecordReader, reopen: () -> Result<XMLRecordReader, Diagnostic>,
    ruleSet: RuleSet, year: Int
  ) -> (verdicts: [String: EnterpriseVerdict], order: [String]) {
    var evaluator = Evaluator(ruleSet: ruleSet, year: year)
    evaluator.enterprises = EnterpriseYear(
      year: year, tenantLand: ruleSet.scoring?.tenantLand ?? .apportion)
    var batch = BatchEvaluator(evaluator: evaluator)
    batch.chunkSize = 0
    var ledger = EnterpriseLedger()
    _ = batch.run(reader, reopen: reopen) { (verdict: Verdict) in
      if let land = verdict.land { ledger.add(land) }
    }
    let join = EnterpriseJoin(ledger: ledger, data: nil, year: year)
    let scored = EnterpriseScoring(join.enterprises, evaluator: evaluator).verdicts(
      join.enterprises)
    var verdicts: [String: EnterpriseVerdict] = [:]
    for verdict in scored { verdicts[verdict.enterprise.code] = verdict }
    return (verdicts, scored.map(\.enterprise.code))
  }
}
