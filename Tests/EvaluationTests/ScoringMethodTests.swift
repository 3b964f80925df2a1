import Land
import Rules
import Testing

@testable import Evaluation

/// Item formulas (`domain.md`, "Per-mu evaluation"): lower-is-better,
/// caps, min–max, group mean and median, and the missing-data policies.
/// Parcels are 10 mu, so tax per mu is the tax ÷ 10.
@Suite struct ScoringMethodTests {
  @Test func aLowerIsBetterItemIsTwoMinusTheRatioFlooredAtZero() throws {
    let rules = try scoringRuleSet(
      """
      <scheme id="all">
        <item indicator="energyPerValueAdded" weight="10" direction="lower" benchmark="0.5"/>
      </scheme>
      """)
    // energy ÷ value added: 60/100 = 0.6 → 10 × (2 − 0.6/0.5) = 10 × 0.8 = 8;
    // 25/100 = 0.25 → 10 × (2 − 0.5) = 15; 120/100 = 1.2 → 10 × (2 − 2.4) = −4 → 0.
    let out = scoredVerdicts(
      [
        scoredParcel("L1", figures: #"valueAdded="100" energy="60""#),
        scoredParcel("L2", figures: #"valueAdded="100" energy="25""#),
        scoredParcel("L3", figures: #"valueAdded="100" energy="120""#),
      ].joined(separator: "\n"), rules: rules)
    let scores = out.map { $0.scoring?.score }
    #expect(close(scores[0], 8))
    #expect(close(scores[1], 15))
    #expect(scores[2] == 0)
  }

  @Test func aCappedItemStopsAtCapTimesItsWeight() throws {
    let rules = try scoringRuleSet(
      """
      <scheme id="all">
        <item indicator="taxPerMu" weight="30" benchmark="10" cap="1.5"/>
      </scheme>
      """)
    // Tax 200 on 10 mu = 20 per mu: 30 × 20/10 = 60, capped at 1.5 × 30 = 45.
    // Tax 120 → 12 per mu: 30 × 1.2 = 36, under the cap.
    let out = scoredVerdicts(
      [
        scoredParcel("C1", figures: #"tax="200""#), scoredParcel("C2", figures: #"tax="120""#),
      ].joined(separator: "\n"), rules: rules)
    let capped = try #require(out[0].scoring?.items.first)
    #expect(capped.score == 45)
    #expect(capped.note == "capped at 1.5 × weight 30 (uncapped 60)")
    // The <item> is on line 12: 9 lines of head, <scoring> on 10, <scheme> on 11.
    #expect(capped.rule == "scoring-test.xml:12")
    #expect(close(out[1].scoring?.score, 36))
    #expect(out[1].scoring?.items.first?.note == nil)
  }

  @Test func minMaxScoresFromTheFloorAtTheGroupsWorstToTheWeightAtItsBest() throws {
    let rules = try scoringRuleSet(
      """
      <scheme id="all">
        <item indicator="taxPerMu" weight="50" method="minMax" floor="20"/>
        <item indicator="energyPerValueAdded" weight="10" method="minMax" direction="lower"/>
      </scheme>
      """)
    // Tax per mu 10, 20, 30: min 10, max 30. Item = 50 × (20 + 80 × (x − 10)/20) / 100:
    // 10 → 50 × 20/100 = 10; 20 → 50 × 60/100 = 30; 30 → 50 × 100/100 = 50.
    // Energy per value added 0.2, 0.4, 0.6 (lower is better, floor 0):
    // 10 × (0.6 − x)/0.4: 0.2 → 10; 0.4 → 5; 0.6 → 0.
    let out = scoredVerdicts(
      [
        scoredParcel("M1", figures: #"tax="100" valueAdded="100" energy="60""#),
        scoredParcel("M2", figures: #"tax="200" valueAdded="100" energy="40""#),
        scoredParcel("M3", figures: #"tax="300" valueAdded="100" energy="20""#),
      ].joined(separator: "\n"), rules: rules)
    let items = out.map { $0.scoring?.items.map(\.score) ?? [] }
    #expect(close(items[0][0], 10))
    #expect(close(items[1][0], 30))
    #expect(close(items[2][0], 50))
    #expect(close(items[0][1], 0))
    #expect(close(items[1][1], 5))
    #expect(close(items[2][1], 10))
    #expect(out[0].scoring?.items[0].benchmark == nil)
  }

  @Test func groupMeanAndMedianBenchmarks() throws {
    let rules = try scoringRuleSet(
      """
      <scheme id="all">
        <item indicator="taxPerMu" weight="30" benchmark="mean"/>
        <item indicator="revenuePerMu" weight="10" benchmark="median"/>
      </scheme>
      """)
    // Tax per mu 10, 20, 60: mean 30; items 30 × x/30 = 10, 20, 60.
    // Revenue per mu 100, 300, 200: median 200; items 10 × x/200 = 5, 15, 10.
    let out = scoredVerdicts(
      [
        scoredParcel("G1", figures: #"tax="100" revenue="1000""#),
        scoredParcel("G2", figures: #"tax="200" revenue="3000""#),
        scoredParcel("G3", figures: #"tax="600" revenue="2000""#),
      ].joined(separator: "\n"), rules: rules)
    #expect(out.map { $0.scoring?.items[0].benchmark } == [30, 30, 30])
    #expect(out.map { $0.scoring?.items[1].benchmark } == [200, 200, 200])
    let scores = out.map { $0.scoring?.score }
    #expect(close(scores[0], 15))  // 10 + 5
    #expect(close(scores[1], 35))  // 20 + 15
    #expect(close(scores[2], 70))  // 60 + 10
  }

  @Test func missingDataScoresZeroAPenaltyOrTheGroupAverage() throws {
    let rules = try scoringRuleSet(
      """
      <scheme id="all">
        <item indicator="taxPerMu" weight="50" benchmark="10" missing="zero"/>
        <item indicator="valueAddedPerEmission" weight="20" benchmark="100" missing="groupAverage"/>
        <item indicator="rndIntensity" weight="30" benchmark="0.02" missing="penalty" penalty="5"/>
      </scheme>
      """)
    // P1: tax per mu 10 → 50; value added per t 200 → 40; R&D 0.02 → 30; 120.
    // P2: 5 → 25; 50 → 10; no R&D → −5; 30.
    // P3: no tax → 0; no emissions → average of 40 and 10 = 25; R&D 0.01 → 15; 40.
    let out = scoredVerdicts(
      [
        scoredParcel(
          "P1", figures: #"tax="100" valueAdded="1000" emissions="5" revenue="1000" rnd="20""#),
        scoredParcel("P2", figures: #"tax="50" valueAdded="1000" emissions="20""#),
        scoredParcel("P3", figures: #"valueAdded="1000" revenue="1000" rnd="10""#),
      ].joined(separator: "\n"), rules: rules)
    let scores = out.map { $0.scoring?.score }
    #expect(close(scores[0], 120))
    #expect(close(scores[1], 30))
    #expect(close(scores[2], 40))
    let penalty = try #require(out[1].scoring?.items[2])
    #expect(penalty.score == -5)
    #expect(penalty.note == "no data: a penalty of 5 points")
    #expect(penalty.noData == "no R&D figure for 2024")
    let zero = try #require(out[2].scoring?.items[0])
    #expect(zero.score == 0)
    #expect(zero.note == "no data: the item scores 0")
    #expect(zero.benchmark == 10)
    #expect(
      out[2].scoring?.items[1].note
        == "no data: the group's average score for the item over 2 parcels")
  }
}
