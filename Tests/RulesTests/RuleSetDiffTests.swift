import Foundation
import Testing

@testable import Rules

@Suite struct RuleSetDiffTests {
  @Test func scoringChangesBySchemeAndItem() throws {
    // Huangyan 2022 (weights 30/20/20/10/10/10 with fixed benchmarks; below
    // size 50/50 with 11.59 and 0.2352) against the Chengdu example (45/35/20
    // on the group means; below size 50/50 on the means), both as they were
    // when they scored parcels (Tests/Corpus/rules). Classes, surcharges,
    // exemptions and vetoes are the same in both files.
    let corpus = packageRoot.appendingPathComponent("Tests/Corpus/rules").path
    let old = try RuleSetLoader().load(path: corpus + "/zj-huangyan-2022-parcels.xml").get()
    let new = try RuleSetLoader().load(path: corpus + "/chengdu-example-parcels.xml").get()
    let diff = RuleSetDiff(old: old, new: new)
    let changes = diff.scoring.map { "\($0.subject): \($0.old) -> \($0.new)" }
    #expect(
      changes == [
        "scheme above, taxPerMu weight: 30 -> 45",
        "scheme above, taxPerMu benchmark: 24.097 -> mean",
        "scheme above, valueAddedPerMu: weight 20 -> removed",
        "scheme above, valueAddedPerEnergy: weight 20 -> removed",
        "scheme above, valueAddedPerEmission: weight 10 -> removed",
        "scheme above, laborProductivity: weight 10 -> removed",
        "scheme above, rndIntensity: weight 10 -> removed",
        "scheme above, revenuePerMu: - -> weight 35",
        "scheme above, taxPerKWh: - -> weight 20",
        "scheme below, taxPerMu benchmark: 11.59 -> mean",
        "scheme below, taxPerKWh benchmark: 0.2352 -> mean",
      ])
    // Huangyan has no thresholds: all 47 of the Chengdu example's (its own
    // 13 and the national 34 it does not replace) are added.
    #expect(diff.count(.added) == 47 && diff.rows.count == 47)
  }

  @Test func theEnterpriseSchemesChangesAreListed() throws {
    // The Chengdu example as it scored parcels against the bundled one,
    // which scores enterprises: every item's benchmark becomes the cohort's
    // total ÷ total, × 2, of the year before; the rent-out adjustments
    // (Wenling) are new.
    let corpus = packageRoot.appendingPathComponent("Tests/Corpus/rules").path
    let old = try RuleSetLoader().load(path: corpus + "/chengdu-example-parcels.xml").get()
    let new = try RuleSetLoader().loadBundled(id: "chengdu-example").get()
    let changes = RuleSetDiff(old: old, new: new).scoring.map {
      "\($0.subject): \($0.old) -> \($0.new)"
    }
    #expect(changes.contains("unit: parcel -> enterprise"))
    #expect(changes.contains("tenants' land: - -> apportion"))
    #expect(changes.contains("scheme above, taxPerMu benchmark: mean -> cohort"))
    #expect(changes.contains("scheme above, taxPerMu benchmark factor: 1 -> 2"))
    #expect(changes.contains("scheme above, taxPerMu benchmark year: current -> previous"))
    #expect(changes.contains { $0.hasPrefix("adjustments: - -> -5 * max(0, tenants - 1)") })
  }

  @Test func aRuleSetAgainstItselfHasNoChanges() throws {
    let national = try RuleSetLoader().loadBundled(id: "cn-national-2008").get()
    #expect(RuleSetDiff(old: national, new: national).isEmpty)
  }
}

@Suite struct RuleSetDiffRowTests {
  func row(min: String? = nil, max: String? = nil, unit: String? = nil, source: String? = nil)
    throws -> ThresholdRow
  {
    var attributes = ""
    if let min { attributes += " min=\"\(min)\"" }
    if let max { attributes += " max=\"\(max)\"" }
    if let unit { attributes += " unit=\"\(unit)\"" }
    if let source { attributes += " source=\"\(source)\"" }
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "r.xml",
      ruleSetXML(
        id: "r",
        rows: [#"<threshold indicator="investmentIntensity" sector="C""# + attributes + "/>"]))
    return try #require(try RuleSetLoader().load(path: path).get().rows.first)
  }

  @Test func eachKindOfChange() throws {
    let base = try row(min: "150", max: "900")
    #expect(RuleSetDiff.compare(base, try row(min: "200", max: "900")) == .tightened)
    #expect(RuleSetDiff.compare(base, try row(min: "150", max: "800")) == .tightened)
    #expect(RuleSetDiff.compare(base, try row(min: "100", max: "900")) == .loosened)
    #expect(RuleSetDiff.compare(base, try row(max: "900")) == .loosened)  // min dropped
    #expect(RuleSetDiff.compare(base, try row(min: "200", max: "1000")) == .mixed)
    #expect(RuleSetDiff.compare(base, try row(min: "150", max: "900")) == nil)
    // 2250 10k-CNY/ha = 150 10k-CNY/mu and 13500 = 900: same bounds, another unit.
    #expect(
      RuleSetDiff.compare(base, try row(min: "2250", max: "13500", unit: "10k-CNY/ha"))
        == .reworded)
    #expect(RuleSetDiff.compare(base, try row(min: "150", max: "900", source: "new")) == .reworded)
  }
}
