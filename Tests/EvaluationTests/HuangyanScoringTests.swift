import Foundation
import Land
import Rules
import Testing

@testable import Evaluation

/// The Huangyan 2022 scheme scoring parcels (`domain.md`, "Per-mu
/// evaluation"; `Tests/Corpus/rules/zj-huangyan-2022-parcels.xml`, the
/// bundled rule set as it was before it scored enterprises):
/// above size 30/20/20/10/10/10 on tax per mu 24.097, value added per mu
/// 136.16, value added per tce 2.694, value added per t of emissions
/// 4929.81, labour productivity 18.14, R&D intensity 0.0302; below size
/// 50/50 on tax per mu 11.59 and tax per kWh 0.2352. Score = Σ w × x ÷ b.
@Suite struct HuangyanScoringTests {
  /// Figures for a 10-mu firm whose every indicator is `factor` × its
  /// benchmark, except value added per tce, which is `energyFactor` × 2.694:
  /// each figure is the benchmark times the indicator's denominator.
  static func aboveSizeFigures(energyFactor: Double = 1) -> String {
    let mu = 10.0
    let valueAdded = 136.16 * mu  // value added per mu = 136.16
    let tax = 24.097 * mu  // tax per mu = 24.097
    let energy = valueAdded / (2.694 * energyFactor)  // value added per tce = 2.694 × factor
    let emissions = valueAdded / 4929.81  // value added per t = 4929.81
    let employees = valueAdded / 18.14  // value added per employee = 18.14
    let revenue = 10000.0
    let rnd = 0.0302 * revenue  // R&D ÷ revenue = 0.0302
    return """
      revenue="\(revenue)" valueAdded="\(valueAdded)" tax="\(tax)" energy="\(energy)" \
      emissions="\(emissions)" employees="\(employees)" rnd="\(rnd)"
      """
  }

  @Test func anAboveSizeFirmAtEveryBenchmarkScores100() throws {
    let rules = try corpusRuleSet("zj-huangyan-2022-parcels")
    let out = scoredVerdicts(
      scoredParcel("AT", figures: Self.aboveSizeFigures()), rules: rules)
    let scoring = try #require(out.first?.scoring)
    #expect(scoring.scheme == "above")
    // Every item is w × 1: 30 + 20 + 20 + 10 + 10 + 10 = 100.
    #expect(close(scoring.score, 100))
    #expect(
      scoring.items.map(\.indicator) == [
        .taxPerMu, .valueAddedPerMu, .valueAddedPerEnergy, .valueAddedPerEmission,
        .laborProductivity, .rndIntensity,
      ])
    #expect(scoring.items.map(\.benchmark) == [24.097, 136.16, 2.694, 4929.81, 18.14, 0.0302])
    for item in scoring.items { #expect(close(item.score, item.weight)) }
  }

  @Test func raisingOnlyValueAddedPerTceByHalfGives110() throws {
    let rules = try corpusRuleSet("zj-huangyan-2022-parcels")
    let out = scoredVerdicts(
      scoredParcel("UP", figures: Self.aboveSizeFigures(energyFactor: 1.5)), rules: rules)
    let scoring = try #require(out.first?.scoring)
    // The value-added-per-tce item becomes 20 × 1.5 = 30: 100 − 20 + 30 = 110.
    #expect(close(scoring.score, 110))
    #expect(close(scoring.items[2].score, 30))
  }

  @Test func aBelowSizeFirmAtBothBenchmarksScores100() throws {
    let rules = try corpusRuleSet("zj-huangyan-2022-parcels")
    // 4 mu: tax 11.59 × 4 = 46.36 (10k CNY) gives 11.59 per mu; tax per kWh
    // = tax × 10000 ÷ kWh = 0.2352, so kWh = 463600 ÷ 0.2352.
    let tax = 11.59 * 4
    let kWh = tax * 10000 / 0.2352
    let out = scoredVerdicts(
      scoredParcel(
        "BELOW", mu: 4, scale: "below", figures: "tax=\"\(tax)\" electricity=\"\(kWh)\""),
      rules: rules)
    let scoring = try #require(out.first?.scoring)
    #expect(scoring.scheme == "below")
    // 50 × 1 + 50 × 1 = 100.
    #expect(close(scoring.score, 100))
  }

  @Test func aBelowSizeFirmUnder3MuIsNotScored() throws {
    let rules = try corpusRuleSet("zj-huangyan-2022-parcels")
    let out = scoredVerdicts(
      scoredParcel("SMALL", mu: 2.5, scale: "below", figures: #"tax="30" electricity="100000""#),
      rules: rules)
    let scoring = try #require(out.first?.scoring)
    #expect(scoring.score == nil)
    #expect(scoring.class == nil)
    #expect(
      scoring.notScored
        == "no scoring scheme of zj-huangyan-2022-parcels applies (holder scale below, site 2.5 mu)"
    )
  }

  @Test func missingEmissionsGetTheGroupAverageItemScore() throws {
    let rules = try corpusRuleSet("zj-huangyan-2022-parcels")
    // Two firms at every benchmark except value added per t of emissions:
    // the first at 2 × 4929.81 (item 10 × 2 = 20), the second at 1×
    // (item 10); the third has no emissions figure and gets (20 + 10) ÷ 2 = 15.
    let twice = Self.aboveSizeFigures().replacingOccurrences(
      of: "emissions=\"\(136.16 * 10 / 4929.81)\"",
      with: "emissions=\"\(136.16 * 10 / (4929.81 * 2))\"")
    let none = Self.aboveSizeFigures().replacingOccurrences(
      of: "emissions=\"\(136.16 * 10 / 4929.81)\"", with: "")
    let out = scoredVerdicts(
      [
        scoredParcel("E1", figures: twice), scoredParcel("E2", figures: Self.aboveSizeFigures()),
        scoredParcel("E3", figures: none),
      ].joined(separator: "\n"), rules: rules)
    let items = try out.map { try #require($0.scoring?.items[3]) }
    #expect(close(items[0].score, 20))
    #expect(close(items[1].score, 10))
    #expect(close(items[2].score, 15))
    #expect(items[2].value == nil)
    #expect(items[2].noData == "no emissions figure for 2024")
    #expect(items[2].note == "no data: the group's average score for the item over 2 parcels")
    // The third firm: 100 − 10 + 15 = 105.
    #expect(close(out[2].scoring?.score, 105))
  }
}
