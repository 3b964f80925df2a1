import Land
import Rules
import Testing

@testable import Evaluation

/// `mujun check --draft`: an unsigned contract against the rule set.
@Suite struct DraftCheckTests {
  // Rows on lines 10–13 of the generated rule file.
  static let rows = """
    <threshold indicator="plotRatio" sector="C" min="0.7"/>
    <threshold indicator="plotRatio" sector="C39" min="1.0" max="3.0"/>
    <threshold indicator="greenRatio" sector="C" max="0.20"/>
    <threshold indicator="investmentIntensity" sector="C39" district="5101" min="4500" unit="10k-CNY/ha"/>
    """

  @Test func looserAndMissingBoundsAreNamedWithTheirRows() throws {
    let rules = try ruleSet(Self.rows)
    // Investment 4500 元/m² = 300 万元/亩 equals 4500 万元/公顷 = 300: holds.
    // Plot ratio 0.8 < the C39 minimum 1.0 (the C row's 0.7 is less specific);
    // its maximum 3.0 equals the row's. Green ratio: no maximum in the draft.
    let parcel = contractParcel(commitments: [
      Commitment(indicator: .investmentIntensity, min: 4500, unit: .cnyPerSquareMetre),
      Commitment(indicator: .plotRatio, min: 0.8, max: 3.0),
    ])
    #expect(
      DraftCheck.problems(in: parcel, against: rules) == [
        "plotRatio: the draft's minimum 0.8 is looser than the minimum 1 for sector C39 (test-rules.xml:11)",
        "greenRatio: the draft has no maximum; the rule set requires at most 0.2 for sector C (test-rules.xml:12)",
      ])
  }

  @Test func aLooserBoundInAnotherUnitIsConvertedBeforeItIsCompared() throws {
    let rules = try ruleSet(Self.rows)
    // 4000 元/m² ÷ 15 = 266.6667 万元/亩 < 4500 万元/公顷 ÷ 15 = 300.
    let parcel = contractParcel(commitments: [
      Commitment(indicator: .investmentIntensity, min: 4000, unit: .cnyPerSquareMetre),
      Commitment(indicator: .plotRatio, min: 1.2, max: 2.5),
      Commitment(indicator: .greenRatio, max: 0.15),
    ])
    #expect(
      DraftCheck.problems(in: parcel, against: rules) == [
        "investmentIntensity: the draft's minimum 266.6667 10k-CNY/mu is looser than the minimum 300 10k-CNY/mu for sector C39 in district 5101 (test-rules.xml:13)"
      ])
  }

  @Test func aStricterDraftHasNoProblems() throws {
    let rules = try ruleSet(Self.rows)
    let parcel = contractParcel(commitments: [
      Commitment(indicator: .investmentIntensity, min: 320),
      Commitment(indicator: .plotRatio, min: 1.2, max: 2.5),
      Commitment(indicator: .greenRatio, max: 0.15),
    ])
    #expect(DraftCheck.problems(in: parcel, against: rules).isEmpty)
  }
}
