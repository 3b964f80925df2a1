import Foundation
import Land
import Rules
import Testing

@testable import Evaluation

/// Classes by rank shares, ties, exemptions, vetoes and surcharges.
/// One item, tax per mu with weight 100 and benchmark 1: on 10 mu a tax
/// of 10 × k gives score 100 × k.
@Suite struct ScoringClassTests {
  static let huaian = """
    <classes by="rank">
      <class name="A" upTo="0.20"/>
      <class name="B" upTo="0.60"/>
      <class name="C" upTo="0.95"/>
      <class name="D"/>
    </classes>
    """

  static func rules(groupBy: String = "", extra: String = "") throws -> RuleSet {
    try scoringRuleSet(
      """
      <scheme id="all"><item indicator="taxPerMu" weight="100" benchmark="1"/></scheme>
      \(extra)
      \(huaian)
      <surcharge class="D" perKWh="0.3"/>
      <surcharge class="D" perKWh="0.4" consecutiveYears="3"/>
      """, attributes: groupBy.isEmpty ? "" : " groupBy=\"\(groupBy)\"")
  }

  @Test func rankSharesOnGroupsOf20And7RoundDown() throws {
    // District 510116: 20 parcels, tax per mu k = 1…20 (score 100 k), so
    // rank r is k = 21 − r. Cuts ⌊0.20 × 20⌋ = 4, ⌊0.60 × 20⌋ = 12,
    // ⌊0.95 × 20⌋ = 19: A 4, B 8, C 7, D 1.
    // District 510117: 7 parcels, k = 1…7. Cuts ⌊1.4⌋ = 1, ⌊4.2⌋ = 4,
    // ⌊6.65⌋ = 6: A 1, B 3, C 2, D 1.
    let big = (1...20).map {
      scoredParcel("S\($0)", district: "510116", figures: "tax=\"\($0 * 10)\"")
    }
    let small = (1...7).map {
      scoredParcel("T\($0)", district: "510117", figures: "tax=\"\($0 * 10)\"")
    }
    let out = scoredVerdicts(
      (big + small).joined(separator: "\n"), rules: try Self.rules(groupBy: "district"))
    func counts(_ verdicts: ArraySlice<Verdict>) -> [ScoringClass: Int] {
      verdicts.reduce(into: [:]) { $0[$1.scoring?.class ?? .t, default: 0] += 1 }
    }
    #expect(counts(out[0..<20]) == [.a: 4, .b: 8, .c: 7, .d: 1])
    #expect(counts(out[20..<27]) == [.a: 1, .b: 3, .c: 2, .d: 1])
    // S20 is rank 1 of 20, S17 rank 4 (last A), S16 rank 5 (first B), S1 rank 20 (D).
    #expect(out[19].scoring?.rank == 1)
    #expect(out[19].scoring?.groupSize == 20)
    #expect(out[16].scoring?.class == .a)
    #expect(out[15].scoring?.class == .b)
    #expect(out[0].scoring?.class == .d)
    #expect(out[0].scoring?.group == "all 510116")
    // T7 A; T6, T5, T4 B; T3, T2 C; T1 D.
    #expect(out[20..<27].map { $0.scoring?.class } == [.d, .c, .c, .b, .b, .b, .a])
  }

  @Test func tiesAreBrokenByParcelIDThenInputOrder() throws {
    // Three parcels with the same score 200 (tax 20 on 10 mu), in input
    // order b, a, c, and one higher (300): ranks: top 1, then a 2, b 3, c 4.
    let out = scoredVerdicts(
      [
        scoredParcel("tie-b", figures: #"tax="20""#), scoredParcel("tie-a", figures: #"tax="20""#),
        scoredParcel("tie-c", figures: #"tax="20""#), scoredParcel("top", figures: #"tax="30""#),
      ].joined(separator: "\n"), rules: try Self.rules())
    #expect(out.map { $0.scoring?.rank } == [3, 2, 4, 1])
  }

  @Test func anExemptParcelIsClassTWithItsReasonAndIsNotRanked() throws {
    let rules = try Self.rules(
      extra: """
        <exempt sector="D44" reason="公用事业"/>
        <exempt productionYearsUnder="2" reason="投产不满两年"/>
        <exempt grantedYearsUnder="3" reason="供地不满三年"/>
        """)
    let out = scoredVerdicts(
      [
        scoredParcel("UTIL", sector: "D4411", figures: #"tax="900""#),
        scoredParcel("NEW", completed: "2023-05-01", figures: #"tax="800""#),
        scoredParcel("OK", figures: #"tax="10""#),
      ].joined(separator: "\n"), rules: rules)
    let utility = try #require(out[0].scoring)
    #expect(utility.class == .t)
    #expect(utility.exemption == "公用事业 (sector D4411)")
    #expect(utility.rank == nil)
    // Scored against the benchmark all the same: 100 × 90 = 9000.
    #expect(close(utility.score, 9000))
    let recent = try #require(out[1].scoring)
    #expect(recent.class == .t)
    #expect(recent.exemption == "投产不满两年 (in production since 2023: 1 year by 2024)")
    // The one parcel left is ranked alone: ⌊0.95 × 1⌋ = 0, so it is D.
    #expect(out[2].scoring?.groupSize == 1)
    #expect(out[2].scoring?.rank == 1)
    #expect(out[2].scoring?.class == .d)
  }

  @Test func landGrantedUnderThreeYearsAgoIsExempt() throws {
    let rules = try Self.rules(extra: #"<exempt grantedYearsUnder="3" reason="供地不满三年"/>"#)
    let parcel = scoredParcel("GRANT", figures: #"tax="10""#)
      .replacingFirst("<construction", with: "<supply date=\"2022-06-01\"/>\n  <construction")
    let out = scoredVerdicts(parcel, rules: rules)
    // 2024 − 2022 = 2 < 3.
    #expect(out.first?.scoring?.exemption == "供地不满三年 (land granted 2022-06-01, 2 years by 2024)")
    #expect(out.first?.scoring?.class == .t)
  }

  @Test func aVetoedParcelIsDWhateverItsScore() throws {
    let rules = try Self.rules(
      extra: #"<veto event="environmental-violation" severity="major" class="D" reason="重大环境事件"/>"#)
    let event = """
      <events><event date="2024-03-02" kind="environmental-violation" severity="major">超标排放</event></events>
      """
    let minor = """
      <events><event date="2024-03-02" kind="environmental-violation" severity="minor">x</event></events>
      """
    let earlier = """
      <events><event date="2023-03-02" kind="environmental-violation" severity="major">x</event></events>
      """
    let out = scoredVerdicts(
      [
        scoredParcel("VETO", figures: #"tax="1000""#, extra: event),
        scoredParcel("MINOR", figures: #"tax="20""#, extra: minor),
        scoredParcel("EARLIER", figures: #"tax="10""#, extra: earlier),
      ].joined(separator: "\n"), rules: rules)
    let vetoed = try #require(out[0].scoring)
    #expect(vetoed.class == .d)
    #expect(vetoed.veto == "重大环境事件 (environmental-violation, major in 2024)")
    #expect(vetoed.rank == nil)
    #expect(close(vetoed.score, 10000))
    // A minor event, or one in another year, does not veto: both are ranked (n = 2).
    #expect(out[1].scoring?.veto == nil)
    #expect(out[2].scoring?.veto == nil)
    #expect(out[1].scoring?.groupSize == 2)
  }

  @Test func aVetoWinsOverAnExemption() throws {
    let rules = try Self.rules(
      extra: """
        <exempt sector="D44" reason="公用事业"/>
        <veto event="safety-incident" class="D" reason="安全事故"/>
        """)
    let incident = #"<events><event date="2024-08-01" kind="safety-incident">x</event></events>"#
    let out = scoredVerdicts(
      scoredParcel("BOTH", sector: "D4411", figures: #"tax="10""#, extra: incident), rules: rules)
    let scoring = try #require(out.first?.scoring)
    #expect(scoring.class == .d)
    #expect(scoring.veto == "安全事故 (safety-incident in 2024)")
    #expect(scoring.exemption == nil)
  }

  @Test func theSurchargeRisesAfterThreeConsecutiveDYears() throws {
    let rules = try Self.rules(
      extra: #"<veto event="safety-incident" class="D" reason="安全事故"/>"#)
    let incident = #"<event date="2024-08-01" kind="safety-incident">x</event>"#
    func extra(_ ratings: String) -> String {
      "<events>\(incident)</events>\n<ratings>\(ratings)</ratings>"
    }
    let out = scoredVerdicts(
      [
        // D in 2022 and 2023 and (vetoed) in 2024: three consecutive years → 0.4.
        scoredParcel(
          "THREE", figures: #"tax="10" electricity="5400000""#,
          extra: extra(#"<rating year="2022" class="D"/><rating year="2023" class="D"/>"#)),
        // D in 2021 and 2023, C in 2022: the run is two years → 0.3.
        scoredParcel(
          "GAP", figures: #"tax="10" electricity="1000000""#,
          extra: extra(
            #"<rating year="2021" class="D"/><rating year="2022" class="C"/><rating year="2023" class="D"/>"#
          )),
        // No electricity figure: the price but no amount.
        scoredParcel("NOKWH", figures: #"tax="10""#, extra: "<events>\(incident)</events>"),
      ].joined(separator: "\n"), rules: rules)
    let three = try #require(out[0].scoring?.surcharge)
    #expect(three.perKWh == 0.4)
    #expect(three.kWh == 5_400_000)
    // 0.4 × 5 400 000 = 2 160 000 CNY.
    #expect(close(three.amount, 2_160_000))
    // The rule file: 9 lines of head, <scoring> on 10, the scheme on 11, the
    // veto on 12, the classes on 13–18, the surcharges on 19 and 20.
    #expect(
      three.basis
        == "class D for 3 consecutive years (2022–2024): 0.4 CNY/kWh × 5400000 kWh (scoring-test.xml:20)"
    )
    let gap = try #require(out[1].scoring?.surcharge)
    #expect(gap.perKWh == 0.3)
    // 0.3 × 1 000 000 = 300 000 CNY.
    #expect(close(gap.amount, 300_000))
    let none = try #require(out[2].scoring?.surcharge)
    #expect(none.amount == nil)
    #expect(
      none.basis
        == "class D: 0.3 CNY/kWh; no electricity figure for 2024, so no amount (scoring-test.xml:19)"
    )
  }

  @Test func scoreCutoffsClassByScore() throws {
    let rules = try scoringRuleSet(
      """
      <scheme id="all"><item indicator="taxPerMu" weight="100" benchmark="1"/></scheme>
      <classes by="score">
        <class name="A" minScore="120"/>
        <class name="B" minScore="100"/>
        <class name="C" minScore="80"/>
        <class name="D"/>
      </classes>
      """)
    // Tax per mu 1.2 → 120 (A, at the cut-off), 1.1 → 110 (B), 0.8 → 80 (C), 0.5 → 50 (D).
    let out = scoredVerdicts(
      ["12", "11", "8", "5"].enumerated().map {
        scoredParcel("K\($0.offset)", figures: "tax=\"\($0.element)\"")
      }
      .joined(separator: "\n"), rules: rules)
    #expect(out.map { $0.scoring?.class } == [.a, .b, .c, .d])
  }
}

extension String {
  /// The string with the first occurrence of `target` replaced.
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
