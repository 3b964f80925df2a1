import Evaluation
import Land
import Rules
import Testing

@testable import Reports

/// A scored item on a custom indicator (`taxPerEnergy = tax / energy`,
/// unit 10k-CNY/tce, weight 100, fixed benchmark 2) in the JSON line and on
/// the parcel card: named as the rule set names it, with its own unit.
@Suite struct CustomScoredItemReportTests {
  static let unit = ScoringIndicator.custom(name: "taxPerEnergy", unit: "10k-CNY/tce")

  /// Tax 120 ÷ energy 40 = 3; 100 × 3 ÷ 2 = 150.
  static let scored = ScoringResult(
    scheme: "all", group: "all", score: 150, class: .a, rank: 1, groupSize: 2,
    items: [ScoredItem(scored: unit, weight: 100, value: 3, benchmark: 2, score: 150)])

  /// Energy 0: no value; missing="zero" scores 0.
  static let noData = ScoringResult(
    scheme: "all", group: "all", score: 0, class: .d, rank: 2, groupSize: 2,
    items: [
      ScoredItem(
        scored: unit, weight: 100, value: nil, noData: "division by zero in `tax / energy`",
        benchmark: 2, score: 0, note: "no data: the item scores 0")
    ])

  @Test func theJSONItemNamesTheCustomIndicator() {
    let line = VerdictJSON.line(ScoringReportTests.verdict(Self.scored))
    #expect(line.contains(#""items":[{"indicator":"taxPerEnergy","weight":100"#))
    let missing = VerdictJSON.line(ScoringReportTests.verdict(Self.noData))
    #expect(missing.contains(#""items":[{"indicator":"taxPerEnergy","#))
    #expect(missing.contains(#""noData":"division by zero in `tax / energy`""#))
  }

  @Test func theCardShowsTheCustomNameAndUnit() throws {
    let card = HTMLCardPage(
      ParcelCard(
        verdict: ScoringReportTests.verdict(Self.scored), ruleSet: HTMLFixture.ruleSet(),
        language: .en))
    let item = try #require(card.scoring?.items.first)
    #expect(item.indicator == "taxPerEnergy")
    #expect(item.value == "3 10k-CNY/tce")
    #expect(item.benchmark == "2 10k-CNY/tce")
    #expect(item.score == "150.00")
    let missing = HTMLCardPage(
      ParcelCard(
        verdict: ScoringReportTests.verdict(Self.noData), ruleSet: HTMLFixture.ruleSet(),
        language: .en))
    #expect(
      missing.scoring?.items.first?.note
        == "division by zero in `tax / energy`; no data: the item scores 0")
  }
}
