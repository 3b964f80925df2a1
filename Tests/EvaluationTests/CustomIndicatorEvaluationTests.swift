import Land
import Rules
import Testing

@testable import Evaluation

/// Custom indicators and `when` conditions evaluated end to end: rule set
/// written to a file and loaded, records read from XML (issue 8).
@Suite struct CustomIndicatorEvaluationTests {
  /// The rule file: body from line 9, so the threshold row is on line 13.
  static let taxPerEnergyRules = """
      <indicators>
        <indicator name="taxPerEnergy" expr="tax / energy" unit="10k-CNY/tce" label="税收/能耗"/>
      </indicators>
      <thresholds>
        <threshold indicator="taxPerEnergy" sector="C" min="2" source="test row"/>
      </thresholds>
    """

  @Test func aCustomIndicatorIsComputedAndChecked() throws {
    let rules = try loadTestRuleSet(id: "custom-test", body: Self.taxPerEnergyRules)
    // A: 120 / 40 = 3 ≥ 2, passes. B: 30 / 20 = 1.5 < 2, fails.
    // C: energy 0, division by zero: no data.
    let (out, _) = verdicts(
      [
        scoredParcel("A", figures: #"tax="120" energy="40""#),
        scoredParcel("B", figures: #"tax="30" energy="20""#),
        scoredParcel("C", figures: #"tax="30" energy="0""#),
      ].joined(separator: "\n"), rules: rules)
    try #require(out.count == 3)
    #expect(out[0].customIndicators.first?.value == 3)
    #expect(out[0].status == .compliant)
    #expect(
      out[0].customFindings.first?.message
        == "taxPerEnergy 3 10k-CNY/tce meets the minimum 2 10k-CNY/tce for sector C (custom-test.xml:13)"
    )
    #expect(out[1].status == .noncompliant)
    let failed = try #require(out[1].customFindings.first)
    #expect(failed.status == .fail)
    #expect(failed.value == 1.5)
    #expect(failed.min == 2)
    #expect(failed.unit == "10k-CNY/tce")
    #expect(failed.source == "test row")
    #expect(failed.ruleReference == "custom-test.xml:13")
    #expect(
      failed.message
        == "taxPerEnergy 1.5 10k-CNY/tce is below the minimum 2 10k-CNY/tce for sector C (custom-test.xml:13)"
    )
    #expect(out[2].status == .incomplete)
    #expect(out[2].customIndicators.first?.noDataReason == "division by zero in `tax / energy`")
    #expect(
      out[2].customFindings.first?.message
        == "taxPerEnergy has no data (division by zero in `tax / energy`), so the minimum 2 10k-CNY/tce for sector C (custom-test.xml:13) cannot be checked"
    )
  }

  @Test func laterIndicatorsUseEarlierOnes() throws {
    let rules = try loadTestRuleSet(
      id: "custom-test",
      body: """
          <indicators>
            <indicator name="perEnergy" expr="tax / energy"/>
            <indicator name="perEnergyRounded" expr="round(perEnergy * 100, 0) / 100"/>
          </indicators>
          <thresholds/>
        """)
    // 10 / 3 = 3.333…; × 100 = 333.33… → 333 → 3.33.
    let (out, _) = verdicts(scoredParcel("A", figures: #"tax="10" energy="3""#), rules: rules)
    #expect(out.first?.customIndicators.map(\.value) == [10.0 / 3.0, 3.33])
  }

  /// Rows from line 9: the conditioned row is on line 10.
  static let conditionedRows = """
      <thresholds>
        <threshold indicator="taxPerMu" sector="C" min="5" when='scale == "below" and areaMu &gt;= 3'/>
        <threshold indicator="taxPerMu" sector="C" min="10"/>
      </thresholds>
    """

  @Test func aConditionSelectsTheRow() throws {
    let rules = try loadTestRuleSet(id: "when-test", body: Self.conditionedRows)
    // Tax per mu: 60 / 10 = 6 for the first two, 12 / 2 = 6 for the third.
    // Below scale on 10 mu: the conditioned row (min 5) applies, 6 ≥ 5.
    // Above scale: the plain row (min 10), 6 < 10. Below scale on 2 mu:
    // the condition is false (2 < 3), so min 10 again.
    let (out, _) = verdicts(
      [
        scoredParcel("below", scale: "below", figures: #"tax="60""#),
        scoredParcel("above", scale: "above", figures: #"tax="60""#),
        scoredParcel("small", mu: 2, scale: "below", figures: #"tax="12""#),
      ].joined(separator: "\n"), rules: rules)
    try #require(out.count == 3)
    #expect(out[0].findings.map(\.min) == [5])
    #expect(out[0].findings.first?.ruleReference == "when-test.xml:10")
    #expect(out[0].status == .compliant)
    #expect(out[1].findings.map(\.min) == [10])
    #expect(out[1].status == .noncompliant)
    #expect(out[2].findings.map(\.min) == [10])
  }

  @Test func aConditionWithNoDataDoesNotMatchAndSaysWhy() throws {
    let rules = try loadTestRuleSet(id: "when-test", body: Self.conditionedRows)
    // No holder element: `scale` has no data, so the conditioned row is
    // not applied; the plain row (min 10) checks 60 / 10 = 6.
    let record = """
      <parcel id="noscale">
        <district code="510116">区</district>
        <area unit="mu">10</area>
        <sector code="C3981">x</sector>
        <performance year="2024" tax="60"/>
      </parcel>
      """
    let (out, _) = verdicts(record, rules: rules)
    let verdict = try #require(out.first)
    #expect(verdict.findings.map(\.min) == [10])
    #expect(
      verdict.notes.contains(
        "the row at when-test.xml:10 was not applied: its condition `scale == \"below\" and areaMu >= 3` has no data (the record gives no holder scale)"
      ))
  }

  @Test func aConditionSelectsTheScheme() throws {
    let rules = try scoringRuleSet(
      """
      <scheme id="big" when="areaMu &gt;= 20 and sector in [&quot;C3981&quot;]">
        <item indicator="taxPerMu" weight="100" benchmark="10"/>
      </scheme>
      <scheme id="small">
        <item indicator="taxPerMu" weight="100" benchmark="5"/>
      </scheme>
      """)
    // 30 mu (≥ 20) in C3981: scheme big. 10 mu: scheme small.
    let out = scoredVerdicts(
      [
        scoredParcel("L", mu: 30, figures: #"tax="300""#),
        scoredParcel("S", mu: 10, figures: #"tax="100""#),
      ].joined(separator: "\n"), rules: rules)
    try #require(out.count == 2)
    #expect(try out[0].scored().scheme == "big")
    #expect(try out[1].scored().scheme == "small")
  }
}
