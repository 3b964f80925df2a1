import Rules
import Testing
import XMLStream

@testable import Evaluation

/// `mujun evaluate SampleParcels/chengdu-2024.xml --rules
/// Tests/Corpus/rules/chengdu-example-parcels.xml`: the parcel classes that
/// `SampleParcels/README.md` ("Scoring parcels with the Chengdu example
/// rules") works out by hand.
@Suite struct SampleScoringTests {
  @Test func theSamplesGetTheClassesTheReadmeExplains() throws {
    let rules = try corpusRuleSet("chengdu-example-parcels")
    let path = repositoryRoot + "/SampleParcels/chengdu-2024.xml"
    let first = try XMLRecordReader(path: path)
    var out: [Verdict] = []
    _ = BatchEvaluator(evaluator: Evaluator(ruleSet: rules)).run(
      first, reopen: { Result { () throws(Diagnostic) in try XMLRecordReader(path: path) } }
    ) { out.append($0) }
    // README table, in file order (#1 … #20); nil: rejected (#7, #11, #14)
    // or not scored (#8, no performance figures).
    let classes: [String?] = [
      "B", "C", "B", "C", "C", "C", nil, nil, "D", "B",
      nil, "T", "B", nil, "B", "C", "D", "B", "A", "A",
    ]
    #expect(out.map { $0.scoring?.class?.rawValue } == classes)
    // Above size, n = 12: ranks 1–2 A, 3–7 B, 8–11 C, 12 D (⌊2.4⌋, ⌊7.2⌋, ⌊11.4⌋).
    #expect(out[19].scoring?.rank == 1)
    #expect(out[8].scoring?.rank == 12)
    #expect(out[8].scoring?.groupSize == 12)
    // Below size, n = 3: B 1 (⌊1.8⌋), C 1 (⌊2.85⌋ = 2), D 1.
    #expect(out[12].scoring?.groupSize == 3)
    #expect(out[7].scoring?.notScored == "the record has no performance figures to score")
    #expect(out[11].scoring?.exemption == "公用事业（电力、热力生产和供应业），不参与分类 (sector D4411)")
    // #9: D, ratings C, C before: 0.3 × 2 750 000 kWh = 825 000 CNY.
    #expect(out[8].scoring?.surcharge?.perKWh == 0.3)
    #expect(close(out[8].scoring?.surcharge?.amount, 825_000))
    // #17: D, ratings C (2022), D (2023): two D years, so 0.3 × 1 800 000 = 540 000 CNY.
    #expect(out[16].scoring?.surcharge?.perKWh == 0.3)
    #expect(close(out[16].scoring?.surcharge?.amount, 540_000))
    // #20: tax per mu 18600/300 = 62, revenue per mu 352000/300 = 1173.3333,
    // tax per kWh 18600 × 10000 / 106 000 000 = 1.7547; above-size means
    // 29.7315, 869.9947, 1.6452 (README): 45 × 62/29.7315 + 35 × 1173.3333/869.9947
    // + 20 × 1.7547/1.6452 = 93.8399 + 47.2034 + 21.3313 = 162.3746.
    #expect(abs((out[19].scoring?.score ?? 0) - 162.3746) < 0.0001)
  }
}
