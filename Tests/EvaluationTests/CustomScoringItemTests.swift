import Land
import Rules
import Testing

@testable import Evaluation

/// A scoring item may name a custom indicator of the rule set (issue 8,
/// "tax per tce = tax / energy"); its value is the parcel's custom value.
@Suite struct CustomScoringItemTests {
  /// `taxPerEnergy = tax / energy` scored alone: weight 100, fixed benchmark 2.
  private func rules(missing: String = "") throws -> RuleSet {
    try loadTestRuleSet(
      id: "custom-scoring",
      body: """
          <indicators>
            <indicator name="taxPerEnergy" expr="tax / energy" unit="10k-CNY/tce"/>
          </indicators>
          <thresholds/>
          <scoring>
            <scheme id="all">
              <item indicator="taxPerEnergy" weight="100" benchmark="2"\(missing)/>
            </scheme>
          </scoring>
        """)
  }

  @Test func aCustomItemScoresTheParcelsCustomValue() throws {
    // tax 120 ÷ energy 40 = 3; ratio, higher is better: 100 × 3 ÷ 2 = 150.
    let out = scoredVerdicts(
      scoredParcel("E1", figures: #"tax="120" energy="40""#), rules: try rules())
    let scoring = try out[0].scored()
    let item = try #require(scoring.items.first)
    #expect(item.name == "taxPerEnergy")
    #expect(item.scored == .custom(name: "taxPerEnergy", unit: "10k-CNY/tce"))
    #expect(item.value == 3)
    #expect(item.benchmark == 2)
    #expect(item.score == 150)
    #expect(scoring.score == 150)
  }

  @Test func noCustomValueFollowsTheItemsMissingDataPolicyWithTheReason() throws {
    // energy 0: tax / energy has no value; missing="zero" scores the item 0.
    // The other parcel (120 / 40 = 3) scores 150 as above.
    let out = scoredVerdicts(
      [
        scoredParcel("Z1", figures: #"tax="120" energy="0""#),
        scoredParcel("Z2", figures: #"tax="120" energy="40""#),
      ].joined(separator: "\n"), rules: try rules(missing: #" missing="zero""#))
    let item = try #require(out[0].scoring?.items.first)
    #expect(item.value == nil)
    #expect(item.noData == "division by zero in `tax / energy`")
    #expect(item.note == "no data: the item scores 0")
    #expect(item.score == 0)
    #expect(out[0].scoring?.score == 0)
    #expect(out[1].scoring?.score == 150)
  }
}
