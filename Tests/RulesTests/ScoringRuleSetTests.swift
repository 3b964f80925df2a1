import Foundation
import Land
import Testing
import XMLStream

@testable import Rules

/// A rule file with `<scoring>` at 10:3 and the body's line `i` (from 0)
/// at line 11 + i, indented so that a line's first element is at column 5.
func scoringRuleSetXML(_ body: [String], attributes: String = "") -> String {
  """
  <?xml version="1.0" encoding="UTF-8"?>
  <ruleSet xmlns="urn:mujun:rules:1" id="scoring" version="1">
    <metadata>
      <title>Test</title>
      <source>test</source>
      <classification>GB/T 4754-2017</classification>
      <locale>zh-CN</locale>
    </metadata>
    <thresholds/>
    <scoring\(attributes)>
  \(body.map { "    " + $0 }.joined(separator: "\n"))
    </scoring>
  </ruleSet>

  """
}

@Suite struct ScoringRuleSetTests {
  @Test func theHuangyanRuleSetHoldsThePublishedSchemeForEnterprises() throws {
    let ruleSet = try RuleSetLoader().loadBundled(id: "zj-huangyan-2022").get()
    let scoring = try #require(ruleSet.scoring)
    // It scores enterprises on all their land, tenants' land theirs; no
    // scheme takes firms that only rent (listed apart, as Cixi does).
    #expect(scoring.unit == .enterprise)
    #expect(ruleSet.parcelScoring == nil)
    #expect(scoring.tenantLand == .apportion)
    #expect(scoring.schemes.allSatisfy { !$0.takesTenants })
    #expect(scoring.adjustments.isEmpty)
    #expect(scoring.schemes.map(\.id) == ["above", "below"])
    let above = scoring.schemes[0]
    #expect(above.scale == .above)
    // domain.md, "Per-mu evaluation": weights 30/20/20/10/10/10, 2022 benchmarks.
    #expect(above.items.map(\.weight) == [30, 20, 20, 10, 10, 10])
    #expect(
      above.items.map(\.benchmark) == [
        .fixed(24.097), .fixed(136.16), .fixed(2.694), .fixed(4929.81), .fixed(18.14),
        .fixed(0.0302),
      ])
    #expect(above.items[3].indicator == .valueAddedPerEmission)
    #expect(above.items[3].missing == .groupAverage)
    #expect(above.totalWeight == 100)
    let below = scoring.schemes[1]
    #expect(below.scale == .below)
    #expect(below.minMu == 3)
    #expect(below.items.map(\.indicator) == [.taxPerMu, .taxPerKWh])
    #expect(below.items.map(\.benchmark) == [.fixed(11.59), .fixed(0.2352)])
    #expect(
      scoring.classes
        == .rankShares([
          ScoringClassShare(class: .a, upTo: 0.2), ScoringClassShare(class: .b, upTo: 0.6),
          ScoringClassShare(class: .c, upTo: 0.95), ScoringClassShare(class: .d, upTo: nil),
        ]))
    #expect(scoring.surcharges.map(\.perKWh) == [0.3, 0.4])
    #expect(scoring.surcharges.map(\.consecutiveYears) == [nil, 3])
    #expect(scoring.exemptions.count == 5)
    #expect(scoring.vetoes.map(\.event) == [.environmentalViolation, .safetyIncident])
  }

  @Test func theChengduExampleExtendsTheNationalSetAndScoresEnterprises() throws {
    let ruleSet = try RuleSetLoader().loadBundled(id: "chengdu-example").get()
    #expect(ruleSet.identity.base?.id == "cn-national-2008")
    // The metadata says plainly, in both languages, that it is not official.
    #expect(ruleSet.metadata.source.hasPrefix("示例，非官方"))
    #expect(ruleSet.metadata.source.contains("ILLUSTRATIVE, NOT OFFICIAL"))
    let scoring = try #require(ruleSet.scoring)
    #expect(scoring.unit == .enterprise)
    // Huai'an's weights 45/35/20 (domain.md, "Per-mu evaluation"), and its
    // benchmarks at about 2x the previous year's average: the cohort's total
    // / total, times 2, of the year before (this year's without a history).
    #expect(scoring.schemes[0].items.map(\.weight) == [45, 35, 20])
    #expect(scoring.schemes[1].items.map(\.weight) == [50, 50])
    let items = scoring.schemes.flatMap(\.items)
    #expect(items.allSatisfy { $0.benchmark == .cohortTotal })
    #expect(items.allSatisfy { $0.benchmarkFactor == 2 && $0.benchmarkYear == .previous })
    // Wenling's rent-out deductions, one row for each scale.
    #expect(
      scoring.adjustments.map(\.reason) == [
        "出租扣分（规上）：出租给 1 家企业不扣分，每增加 1 家扣 5 分",
        "出租扣分（规下）：出租给第 1 家企业扣 10 分，每增加 1 家再扣 5 分，不封顶",
      ])
    #expect(scoring.adjustments.allSatisfy { $0.source?.contains("温岭") == true })
    // Its own C39 plot-ratio row (1.2) replaces the national one (1.0).
    #expect(
      ruleSet.rows.first { $0.key == ThresholdKey(indicator: .plotRatio, sector: "C39") }?.min
        == 1.2)
  }

  @Test func aChildWithoutScoringInheritsItsBases() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "parent.xml",
      scoringRuleSetXML([
        #"<scheme id="all"><item indicator="taxPerMu" weight="1" benchmark="1"/></scheme>"#
      ])
      .replacingFirst(#"id="scoring""#, with: #"id="parent""#))
    let child = try directory.write("child.xml", ruleSetXML(id: "child", base: "parent", rows: []))
    let ruleSet = try RuleSetLoader().load(path: child).get()
    #expect(ruleSet.scoring?.schemes.map(\.id) == ["all"])
  }

  @Test func problemsInTheScoringSectionAreReportedWithTheirPlace() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "bad.xml",
      scoringRuleSetXML([
        #"<scheme id="above" scale="abov">"#,  // 11
        #"  <item indicator="taxPerMu" weight="30" benchmark="avg"/>"#,  // 12
        #"  <item indicator="valueAddedPerMu" weight="0" benchmark="1"/>"#,  // 13
        #"  <item indicator="rndIntensity" weight="10" benchmark="1" method="minmax"/>"#,  // 14
        // 15:
        #"  <item indicator="laborProductivity" weight="10" benchmark="1" missing="penalty"/>"#,
        #"  <item indicator="taxPerKWh" weight="5" benchmark="1"/>"#,  // 16
        #"  <item indicator="taxPerKWh" weight="5" benchmark="1"/>"#,  // 17
        #"</scheme>"#,  // 18
        #"<exempt sector="D44" grantedYearsUnder="3" reason="x"/>"#,  // 19
        #"<classes by="rank">"#,  // 20
        #"  <class name="B" upTo="0.2"/>"#,  // 21
        #"  <class name="A" upTo="0.6"/>"#,  // 22
        #"  <class name="C" upTo="0.5"/>"#,  // 23
        #"  <class name="D" upTo="1"/>"#,  // 24
        #"</classes>"#,  // 25
        #"<surcharge class="E" perKWh="0.3"/>"#,  // 26
      ]))
    #expect(
      RuleSetLoader().load(path: path).diagnostics == [
        "\(path):11:5: error: unknown scale \"abov\" on <scheme>; expected one of above, below; did you mean above?",
        "\(path):12:7: error: invalid benchmark \"avg\"; expected a positive decimal number in the indicator's unit (such as 24.097), mean, median or cohort",
        "\(path):13:7: error: weight \"0\" on <item> is not a positive number; expected a decimal number above 0, such as 30",
        "\(path):14:7: error: unknown method \"minmax\" on <item>; expected one of ratio, minMax; did you mean minMax?",
        "\(path):15:7: error: missing attribute penalty on <item>; expected the points a missing figure costs, such as 5",
        "\(path):17:7: error: duplicate item for taxPerKWh in scheme \"above\", first given at \(path):16:7; expected each indicator once per scheme",
        "\(path):19:5: error: <exempt> needs exactly one of sector, productionYearsUnder, grantedYearsUnder and creditCode; write one <exempt> per condition",
        "\(path):22:7: error: class A comes after B; expected the classes best first, each once (A, B, C, D)",
        "\(path):23:7: error: class C does not go beyond the class before it (A); expected upTo to grow from class to class (cumulative shares) and minScore to fall",
        "\(path):24:7: error: the last class D has upTo; expected no upTo on the last class, which takes the rest",
        "\(path):26:5: error: unknown class \"E\" on <surcharge>; expected one of A, B, C, D",
      ])
  }

  @Test func aScoringSectionNeedsASchemeAndItsItems() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "empty.xml", scoringRuleSetXML([#"<scheme id="all"/>"#, #"<bonus/>"#]))
    let unused = try directory.write(
      "unused.xml",
      scoringRuleSetXML([
        #"<scheme id="all">"#,
        #"  <item indicator="taxPerMu" weight="1" method="minMax" benchmark="10"/>"#,
        #"  <item indicator="revenuePerMu" weight="1" benchmark="10" floor="20" penalty="5"/>"#,
        #"</scheme>"#,
      ]))
    #expect(
      RuleSetLoader().load(path: unused).diagnostics == [
        "\(unused):12:7: error: attribute benchmark on <item> has no effect with method=\"minMax\"; remove it or change the item",
        "\(unused):13:7: error: attribute floor on <item> has no effect without method=\"minMax\"; remove it or change the item",
        "\(unused):13:7: error: attribute penalty on <item> has no effect without missing=\"penalty\"; remove it or change the item",
      ])
    let none = try directory.write("none.xml", scoringRuleSetXML([]))
    #expect(
      RuleSetLoader().load(path: none).diagnostics == [
        "\(none):10:3: error: missing <scheme> in <scoring>; expected at least one scheme with its scored items"
      ])
    #expect(
      RuleSetLoader().load(path: path).diagnostics == [
        "\(path):11:5: error: missing <item> in <scheme>; expected at least one scored indicator",
        "\(path):12:5: error: unexpected element <bonus> in <scoring>; expected one of <industryGroup>, <scheme>, <exempt>, <veto>, <adjust>, <classes>, <surcharge>",
      ])
  }
}

extension String {
  /// The string with the first occurrence of `target` replaced.
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
