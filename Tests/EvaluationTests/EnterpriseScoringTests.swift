import Enterprises
import Land
import Rules
import Testing
import XMLStream

@testable import Evaluation

/// Enterprise scoring (`<scoring unit="enterprise">`): firms scored on all
/// their land, cohort benchmarks, factors, adjustments, tracks, classes
/// per scheme and industry group, exemptions by code. Every expected value
/// is worked by hand in the comments.
@Suite struct EnterpriseScoringTests {
  /// Published codes that pass their GB 32100-2015 check.
  static let a = "914403001922038216"
  static let b = "91110000600037341L"
  static let c = "91620105L015101280"
  static let d = "91310115MA1K3BTP2B"
  static let e = "9144030071526726XG"

  /// A parcel held by `holder` (scale `scale`) with `tenants` (code, mu)
  /// renting land, and 2024 figures.
  static func parcel(
    _ id: String, mu: Double, holder: String, scale: String, sector: String = "C2927",
    tenants: [(String, Double)] = [], figures: String, extra: String = ""
  ) -> String {
    let leases = tenants.map {
      "<tenant creditCode=\"\($0.0)\" area=\"\($0.1)\" unit=\"mu\">租户</tenant>"
    }
    return """
      <parcel id="\(id)">
        <district code="331003">黄岩区</district>
        <area unit="mu">\(mu)</area>
        <sector code="\(sector)">x</sector>
        <holder creditCode="\(holder)" scale="\(scale)">示例</holder>
        \(leases.isEmpty ? "" : "<tenants>" + leases.joined() + "</tenants>")
        <construction completed="2015-06-30"/>
        <performance year="2024" \(figures)/>
        \(extra)
      </parcel>
      """
  }

  /// The run's enterprises for 2024 and their verdicts under `scoring`.
  static func verdicts(_ parcels: [String], scoring: String, attributes: String = "")
    throws -> [String: EnterpriseVerdict]
  {
    let rules = try scoringRuleSet(scoring, attributes: " unit=\"enterprise\"" + attributes)
    let xml =
      "<landRecords xmlns=\"urn:mujun:land-records:1\">\n\(parcels.joined(separator: "\n"))\n</landRecords>\n"
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "in.xml")
    var evaluator = Evaluator(ruleSet: rules, year: 2024)
    evaluator.enterprises = EnterpriseYear(year: 2024)
    var ledger = EnterpriseLedger()
    _ = BatchEvaluator(evaluator: evaluator).run(reader) { verdict in
      if let land = verdict.land { ledger.add(land) }
    }
    let join = EnterpriseJoin(ledger: ledger, data: nil, year: 2024)
    let scoring = EnterpriseScoring(join.enterprises, evaluator: evaluator)
    var byCode: [String: EnterpriseVerdict] = [:]
    for verdict in scoring.verdicts(join.enterprises) {
      byCode[verdict.enterprise.code] = verdict
    }
    return byCode
  }

  static let classes = """
    <classes by="rank">
      <class name="A" upTo="0.2"/><class name="B" upTo="0.6"/><class name="C" upTo="0.95"/><class name="D"/>
    </classes>
    """

  /// A holds 30 mu and lets 3 mu to B and 2 mu to C: 25 mu of its own,
  /// tax 250, value added 1000 (10 and 40 per mu). D holds 10 mu, tax 50,
  /// value added 500 (5 and 50 per mu). The cohort benchmark of tax per mu
  /// is (250 + 50) ÷ (25 + 10) = 300 ÷ 35 = 8.571428…, the mean of value
  /// added per mu (40 + 50) ÷ 2 = 45.
  /// A: 60 × 10 ÷ (300/35) = 70; 40 × 40 ÷ 45 = 35.5556; A lets to 2
  /// firms: −5 × max(0, 2 − 1) = −5; 70 + 35.5556 − 5 = 100.5556.
  /// D: 60 × 5 ÷ (300/35) = 35; 40 × 50 ÷ 45 = 44.4444; 79.4444.
  /// Two ranked: ⌊0.2 × 2⌋ = 0 A, ⌊0.6 × 2⌋ = 1 so rank 1 is B, rank 2 D.
  static let holders = [
    parcel(
      "P-1", mu: 30, holder: a, scale: "above", tenants: [(b, 3), (c, 2)],
      figures: "tax=\"250\" valueAdded=\"1000\""),
    parcel("P-2", mu: 10, holder: d, scale: "above", figures: "tax=\"50\" valueAdded=\"500\""),
  ]

  static let aboveScheme = """
    <scheme id="above" scale="above">
      <item indicator="taxPerMu" weight="60" benchmark="cohort"/>
      <item indicator="valueAddedPerMu" weight="40" benchmark="mean"/>
    </scheme>
    """

  @Test func firmsAreScoredOnTheirOwnLandAgainstTheCohortsTotalOverTotal() throws {
    let verdicts = try Self.verdicts(
      Self.holders,
      scoring: Self.aboveScheme
        + "<adjust points=\"-5 * max(0, tenants - 1)\" when='scale == \"above\"' reason=\"出租扣分\"/>"
        + Self.classes)
    let a = try #require(verdicts[Self.a]?.scoring)
    let d = try #require(verdicts[Self.d]?.scoring)
    #expect(verdicts[Self.a]?.track == "above")
    #expect(isClose(a.items[0].benchmark ?? 0, 300.0 / 35.0))
    #expect(isClose(a.items[0].score, 70))
    #expect(isClose(a.items[1].score, 40.0 * 40.0 / 45.0))
    #expect(a.adjustments.map(\.points) == [-5])
    #expect(isClose(a.score ?? 0, 70 + 1600.0 / 45.0 - 5))
    #expect(isClose(d.score ?? 0, 35 + 2000.0 / 45.0))
    #expect(a.rank == 1 && d.rank == 2 && a.groupSize == 2)
    #expect(a.class == .b && d.class == .d)
  }

  @Test func tenantsAreListedApartUnlessASchemeTakesThem() throws {
    let verdicts = try Self.verdicts(Self.holders, scoring: Self.aboveScheme + Self.classes)
    let b = try #require(verdicts[Self.b])
    #expect(b.track == "tenant")
    #expect(b.scoring == nil)
    #expect(
      b.enterprise.notes.map(\.message) == [
        "holds no land, only rents: listed apart, not ranked"
      ])
    // A scheme with tenants="true" ranks them: B and C rent 3 and 2 mu and
    // report no figures, so each scores 0 on the one item.
    let ranked = try Self.verdicts(
      Self.holders,
      scoring: Self.aboveScheme + """
        <scheme id="tenant" tenants="true">
          <item indicator="taxPerMu" weight="100" benchmark="mean"/>
        </scheme>
        """ + Self.classes)
    #expect(ranked[Self.b]?.track == "tenant")
    #expect(ranked[Self.b]?.scoring?.groupSize == 2)
  }

  /// A below-size firm of 2 mu under a scheme from 3 mu is a small firm;
  /// one of 5 mu is scored, on a benchmark twice the cohort's: tax 10 on
  /// 5 mu is 2 per mu, the cohort 10 ÷ 5 = 2, × 2 = 4, so 100 × 2 ÷ 4 = 50.
  @Test func smallFirmsUnderTheFloorAreTheirOwnTrackAndFactorsScaleBenchmarks() throws {
    let verdicts = try Self.verdicts(
      [
        Self.parcel("P-3", mu: 5, holder: Self.e, scale: "below", figures: "tax=\"10\""),
        Self.parcel("P-4", mu: 2, holder: Self.c, scale: "below", figures: "tax=\"9\""),
      ],
      scoring: """
        <scheme id="below" scale="below" minMu="3">
          <item indicator="taxPerMu" weight="100" benchmark="cohort" factor="2"/>
        </scheme>
        """ + Self.classes)
    let e = try #require(verdicts[Self.e]?.scoring)
    #expect(isClose(e.items[0].benchmark ?? 0, 4))
    #expect(isClose(e.score ?? 0, 50))
    #expect(verdicts[Self.c]?.track == "small")
    #expect(verdicts[Self.c]?.scoring == nil)
  }

  /// Classes per scheme: the below scheme's own shares (B to 0.75, C to
  /// 0.95) against the general ones. Four below-size firms of 5 mu with
  /// tax 40, 30, 20, 10: ranks 1–4. Own shares: ⌊0.05 × 4⌋ = 0 A,
  /// ⌊0.75 × 4⌋ = 3 so ranks 1–3 B, ⌊0.95 × 4⌋ = 3, rank 4 D.
  @Test func classesMayBeGivenPerScheme() throws {
    let codes = [Self.a, Self.b, Self.d, Self.e]
    let parcels = codes.enumerated().map { index, code in
      Self.parcel(
        "P-\(index)", mu: 5, holder: code, scale: "below", figures: "tax=\"\(40 - 10 * index)\"")
    }
    let verdicts = try Self.verdicts(
      parcels,
      scoring: """
        <scheme id="below" scale="below">
          <item indicator="taxPerMu" weight="100" benchmark="mean"/>
        </scheme>
        """ + Self.classes + """
          <classes by="rank" scheme="below">
            <class name="A" upTo="0.05"/><class name="B" upTo="0.75"/><class name="C" upTo="0.95"/><class name="D"/>
          </classes>
          """)
    #expect(codes.map { verdicts[$0]?.scoring?.class } == [.b, .b, .b, .d])
  }

  @Test func firmsNamedByCodeAreExemptAndNotRanked() throws {
    let verdicts = try Self.verdicts(
      Self.holders,
      scoring: Self.aboveScheme
        + "<exempt creditCode=\"\(Self.d)\" reason=\"保护期\"/>" + Self.classes)
    let d = try #require(verdicts[Self.d]?.scoring)
    #expect(d.class == .t)
    #expect(d.rank == nil)
    #expect(d.exemption == "保护期 (credit code \(Self.d))")
    // A alone is ranked: a lone firm is D.
    #expect(verdicts[Self.a]?.scoring?.groupSize == 1)
  }

  @Test func aMajorIncidentOnAHeldParcelVetoesTheFirm() throws {
    let veto = """
      <events><event date="2024-03-01" kind="environmental-violation" severity="major">事故</event></events>
      """
    let verdicts = try Self.verdicts(
      [
        Self.parcel(
          "P-1", mu: 30, holder: Self.a, scale: "above",
          figures: "tax=\"250\" valueAdded=\"1000\"", extra: veto),
        Self.holders[1],
      ],
      scoring: Self.aboveScheme
        + "<veto event=\"environmental-violation\" severity=\"major\" class=\"D\" reason=\"重大环境事件\"/>"
        + Self.classes)
    let a = try #require(verdicts[Self.a]?.scoring)
    #expect(a.class == .d)
    #expect(a.rank == nil)
    #expect(a.veto == "重大环境事件 (environmental-violation, major in 2024)")
  }

  @Test func parcelsAreNotScoredUnderAnEnterpriseSection() throws {
    let rules = try scoringRuleSet(Self.aboveScheme, attributes: " unit=\"enterprise\"")
    let verdicts = scoredVerdicts(Self.holders.joined(separator: "\n"), rules: rules, year: 2024)
    #expect(verdicts.count == 2)
    #expect(verdicts.allSatisfy { $0.scoring == nil })
  }
}

/// Equal within one part in a billion (README: the tolerance of bounds).
private func isClose(_ a: Double, _ b: Double) -> Bool {
  abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
}
