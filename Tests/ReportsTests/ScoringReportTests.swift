import Evaluation
import Land
import Rules
import Testing
import XMLStream

@testable import Reports

/// The keys, columns and table rows that scoring adds to the reports.
@Suite struct ScoringReportTests {
  static func verdict(_ scoring: ScoringResult?) -> Verdict {
    var verdict = Verdict(
      parcel: "P1", status: .compliant, year: 2024,
      ruleSet: RuleSetIdentity(id: "r", version: "1", sha256: "ab", fileName: "r.xml"),
      location: SourceLocation(file: "in.xml", line: 3, column: 3),
      summary: ParcelSummary(
        name: nil, district: District(code: "510116", name: "双流区"),
        sector: Sector(code: "C3981", name: "x"), area: Area(10, .mu)))
    verdict.scoring = scoring
    return verdict
  }

  static let dClass = ScoringResult(
    scheme: "above", group: "above", score: 50.123456, class: .d, rank: 12, groupSize: 12,
    items: [
      ScoredItem(indicator: .taxPerMu, weight: 45, value: 13, benchmark: 26, score: 22.5),
      ScoredItem(
        indicator: .taxPerKWh, weight: 20, value: nil, noData: "no tax figure for 2024",
        benchmark: 1.5, score: 0, note: "no data: the item scores 0"),
    ],
    surcharge: SurchargeResult(
      perKWh: 0.3, kWh: 2_750_000, amount: 825_000.0000001, basis: "class D: 0.3 CNY/kWh"))

  @Test func theVerdictLineCarriesScoreClassItemsAndTheSurcharge() throws {
    let line = VerdictJSON.line(Self.verdict(Self.dClass))
    // Score to 4 decimals (50.1235), the amount to the fen (825000.0).
    let expected =
      #""errors":[],"score":50.1235,"class":"D","scoring":{"scheme":"above","group":"above","#
      + #""rank":12,"groupSize":12,"items":["#
      + #"{"indicator":"taxPerMu","weight":45.0,"value":13.0,"benchmark":26.0,"score":22.5},"#
      + #"{"indicator":"taxPerKWh","weight":20.0,"value":null,"benchmark":1.5,"score":0.0,"#
      + #""noData":"no tax figure for 2024","note":"no data: the item scores 0"}]},"#
      + #""consequence":{"surcharge":{"perKWh":0.3,"kWh":2750000.0,"amount":825000.0,"#
      + #""unit":"CNY","basis":"class D: 0.3 CNY/kWh"}},"source""#
    #expect(line.contains(expected))
  }

  @Test func exemptionsAndUnscoredParcelsAreSaid() {
    let exempt = VerdictJSON.line(
      Self.verdict(
        ScoringResult(scheme: "above", group: "above", score: 80, class: .t, exemption: "公用事业")))
    #expect(exempt.contains(#""score":80.0,"class":"T","#))
    #expect(exempt.contains(#""rank":null,"groupSize":null,"exemption":"公用事业","items":[]"#))
    let unscored = VerdictJSON.line(Self.verdict(ScoringResult(notScored: "no scheme")))
    #expect(
      unscored.contains(
        #""score":null,"class":null,"scoring":{"scheme":null,"notScored":"no scheme","rank":null"#))
    #expect(!VerdictJSON.line(Self.verdict(nil)).contains("\"score\""))
  }

  @Test func csvEndsWithScoreAndClass() {
    #expect(VerdictCSV.header.suffix(2) == ["score", "class"])
    #expect(VerdictCSV.row(Self.verdict(Self.dClass)).hasSuffix(",50.1235,D\r\n"))
    #expect(VerdictCSV.row(Self.verdict(nil)).hasSuffix(",,\r\n"))
  }

  @Test func theSummaryCountsClassesPerDistrict() {
    var table = SummaryTable()
    table.add(Self.verdict(Self.dClass))
    table.add(Self.verdict(ScoringResult(notScored: "no scheme")))
    let text = table.render(file: "in.xml", year: nil)
    #expect(
      text.hasSuffix(
        """
        district       A  B  C  D  T  not classed  total
        510116 双流区  0  0  0  1  0            1      2
        total          0  0  0  1  0            1      2

        """))
  }
}
