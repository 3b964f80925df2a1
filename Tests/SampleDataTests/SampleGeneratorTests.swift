import Evaluation
import Land
import Rules
import Testing
import XMLStream

@testable import SampleData

func evaluate(_ document: String) throws -> [Verdict] {
  let rules = try RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).get()
  let reader = XMLRecordReader(bytes: Array(document.utf8), fileName: "sample.xml")
  var verdicts: [Verdict] = []
  _ = BatchEvaluator(evaluator: Evaluator(ruleSet: rules)).run(reader) { verdicts.append($0) }
  return verdicts
}

@Suite struct SampleGeneratorTests {
  @Test func theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
    let a = SampleGenerator(parcels: 50, seed: 7).document()
    let b = SampleGenerator(parcels: 50, seed: 7).document()
    let c = SampleGenerator(parcels: 50, seed: 8).document()
    #expect(a == b)
    #expect(a != c)
  }

  @Test func aRecordDependsOnlyOnTheSeedAndItsIndex() {
    let generator = SampleGenerator(parcels: 10, seed: 3)
    let document = generator.document()
    #expect(document.contains(generator.record(9)))
    #expect(SampleGenerator(parcels: 1000, seed: 3).record(9) == generator.record(9))
  }

  @Test func everyRecordIsValidAndTheMixCoversEveryStatus() throws {
    let document = SampleGenerator(parcels: 400, seed: 1).document()
    let verdicts = try evaluate(document)
    #expect(verdicts.count == 400)
    let statuses = Set(verdicts.map(\.status))
    #expect(!statuses.contains(.rejected))
    #expect(statuses.isSuperset(of: [.compliant, .noncompliant, .incomplete]))
    // Each national threshold fails somewhere.
    let failed = Set(verdicts.flatMap(\.failedIndicators))
    #expect(failed.isSuperset(of: [.plotRatio, .adminShare, .greenRatio]))
    let schema = try XMLSchema(xsd: LandRecordsSchema.xsd, name: LandRecordsSchema.fileName)
    #expect(schema.validate(bytes: Array(document.utf8), fileName: "sample.xml").isEmpty)
  }

  @Test func idleLandAndTallHallsAppear() {
    let generator = SampleGenerator(parcels: 400, seed: 1)
    let records = (0..<400).map { generator.record($0) }
    // Never started: a contract but no construction element.
    #expect(records.contains { $0.contains("<contract") && !$0.contains("<construction") })
    #expect(records.contains { $0.contains("<storey ") })
    #expect(records.contains { $0.contains("storeys=\"1\"") })
  }

  @Test func brokenRecordsAreRejectedWithTheirReasonAndTheRestStand() throws {
    let document = SampleGenerator(parcels: 400, seed: 5, brokenShare: 0.1).document()
    let verdicts = try evaluate(document)
    #expect(verdicts.count == 400)
    let rejected = verdicts.filter { $0.status == .rejected }
    // About a tenth: 40 expected; allow for chance.
    #expect((20...60).contains(rejected.count))
    let reasons = [
      "area has unit \"acre\"", "area has value \"0\"", "has started \"", "duplicate parcel id",
      "unknown element \"fence\"",
    ]
    for verdict in rejected {
      let text = verdict.errors.map(\.message).joined(separator: " ")
      #expect(reasons.contains { text.contains($0) }, "\(text)")
    }
  }
}
