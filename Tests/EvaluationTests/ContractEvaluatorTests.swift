import Land
import Testing
import XMLStream

@testable import Evaluation

/// The evaluator checks contracts only when given an as-of date.
@Suite struct ContractEvaluatorTests {
  static let record = parcel(
    "K",
    """
    <supply price="800"/>
    <contract>
      <start due="2020-06-20" penaltyPermillePerDay="0.5"/>
    </contract>
    <construction started="2020-08-04"/>
    <buildings><building use="production" footprint="12000" floorArea="24000" storeys="2" height="10"/></buildings>
    """)

  func run(asOf: CivilDate?) throws -> Verdict {
    let rules = try ruleSet(#"<threshold indicator="plotRatio" sector="C" min="0.7"/>"#)
    let xml = "<landRecords xmlns=\"urn:mujun:land-records:1\">\n\(Self.record)\n</landRecords>\n"
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "in.xml")
    var out: [Verdict] = []
    _ = BatchEvaluator(evaluator: Evaluator(ruleSet: rules, asOf: asOf)).run(reader) {
      out.append($0)
    }
    return try #require(out.first)
  }

  @Test func withoutAnAsOfDateContractsAreNotChecked() throws {
    let verdict = try run(asOf: nil)
    #expect(verdict.contract == nil)
    #expect(verdict.status == .compliant)
  }

  @Test func aBrokenClauseMakesAnOtherwiseCompliantParcelNoncompliant() throws {
    // Plot ratio 24000 ÷ 20000 = 1.2 ≥ 0.7 passes; the start is 45 days
    // late: 45 × 0.5‰ × 800 = 18.
    let verdict = try run(asOf: day("2025-03-31"))
    #expect(verdict.status == .noncompliant)
    #expect(verdict.contract?.damages("start")?.amount == 18)
  }

  @Test func aLateHandoverIsTheGrantorsAndLeavesTheStatusAlone() {
    let review = ContractReview(
      asOf: day("2025-03-31"),
      clauses: [ClauseFinding(clause: .handover, status: .fail, message: "late")])
    #expect(review.adjusted(.compliant) == .compliant)
    #expect(!review.holds)
    var broken = review
    broken.clauses.append(ClauseFinding(clause: .start, status: .fail, message: "late"))
    #expect(broken.adjusted(.compliant) == .noncompliant)
    #expect(broken.adjusted(.rejected) == .rejected)
  }
}
