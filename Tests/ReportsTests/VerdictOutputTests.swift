import Evaluation
import Land
import Rules
import Testing
import XMLStream

@testable import Reports

/// A verdict built by hand: parcel P1, 3 ha (45 mu), plot ratio 0.6 against
/// a minimum of 0.7, green ratio with no data; every other indicator no data.
func handBuiltVerdict() -> Verdict {
  let identity = RuleSetIdentity(
    id: "r", version: "1", sha256: "abc", fileName: "r.xml",
    base: RuleSetIdentity(id: "b", version: "2", sha256: "def", fileName: "b.xml"))
  let finding = Finding(
    indicator: .plotRatio, status: .fail, value: 0.6, min: 0.7, max: nil,
    rule: SourceLocation(file: "r.xml", line: 12, column: 5), ruleSetID: "r", source: "表 1",
    message: "plotRatio 0.6 is below the minimum 0.7 for sector C36 (r.xml:12)")
  let indicators = Indicator.allCases.map { indicator in
    IndicatorEntry(
      indicator: indicator,
      reading: indicator == .plotRatio
        ? .value(0.6) : .noData(reason: indicator == .greenRatio ? "no \"green\" area" : "n/a"))
  }
  return Verdict(
    parcel: "P1", status: .noncompliant, year: 2024, ruleSet: identity,
    location: SourceLocation(file: "in.xml", line: 3, column: 3),
    summary: ParcelSummary(
      name: "甲,乙", district: District(code: "510116", name: "双流区"),
      sector: Sector(code: "C3670", name: "汽车零部件"), area: Area(3, .hectare),
      holder: Holder(name: "示例汽配有限公司", creditCode: "91510100MA61XXXX0X")),
    indicators: indicators, findings: [finding])
}

@Suite struct VerdictJSONTests {
  @Test func requiredKeysComeFirstInTheDocumentedOrder() {
    let line = VerdictJSON.line(handBuiltVerdict())
    #expect(line.hasSuffix("}\n"))
    #expect(line.filter { $0 == "\n" }.count == 1)
    #expect(
      line.hasPrefix(
        #"{"parcel":"P1","status":"noncompliant","year":2024,"ruleSet":{"id":"r","version":"1","sha256":"abc","base":{"id":"b","version":"2","sha256":"def"}},"indicators":{"investmentIntensity":null,"fixedAssetInvestment":null,"plotRatio":0.6,"#
      ))
    #expect(
      line.contains(
        #""findings":[{"indicator":"plotRatio","status":"fail","value":0.6,"min":0.7,"unit":"1","rule":"r.xml:12","ruleSet":"r","source":"表 1","message":"plotRatio 0.6 is below the minimum 0.7 for sector C36 (r.xml:12)"}],"errors":[],"source":{"file":"in.xml","line":3,"column":3}"#
      ))
    // The holder and its code, for merging verdicts by firm.
    #expect(
      line.contains(
        #""name":"甲,乙","holder":"示例汽配有限公司","creditCode":"91510100MA61XXXX0X","district":"#))
    // 3 ha = 30000 m² = 45 mu.
    #expect(line.contains(#""area":{"m2":30000.0,"mu":45.0,"ha":3.0}"#))
    #expect(line.contains(#""greenRatio":"no \"green\" area""#))
  }

  @Test func aRejectedVerdictCarriesItsErrorsWithLineAndColumn() {
    let identity = RuleSetIdentity(id: "r", version: "1", sha256: "abc", fileName: "r.xml")
    let verdict = Verdict(
      parcel: nil, status: .rejected, year: nil, ruleSet: identity,
      location: SourceLocation(file: "in.xml", line: 9, column: 1),
      errors: [
        Diagnostic(
          at: SourceLocation(file: "in.xml", line: 9, column: 1),
          "parcel has no id attribute; expected a unique parcel id")
      ])
    #expect(
      VerdictJSON.line(verdict)
        == #"{"parcel":null,"status":"rejected","year":null,"ruleSet":{"id":"r","version":"1","sha256":"abc"},"indicators":{},"findings":[],"errors":[{"file":"in.xml","line":9,"column":1,"message":"parcel has no id attribute; expected a unique parcel id"}],"source":{"file":"in.xml","line":9,"column":1}}"#
        + "\n")
  }
}

@Suite struct VerdictCSVTests {
  @Test func oneRowPerParcelWithEveryIndicatorAndTheFailedOnes() {
    let row = VerdictCSV.row(handBuiltVerdict())
    // 18 indicators: plotRatio (third) is 0.6, the rest empty.
    // Fields after the year: two empty indicators, 0.6, fifteen more empty;
    // then failed, errors (none), score and class (not scored).
    let indicators = ",,,0.6" + String(repeating: ",", count: 15)
    #expect(
      row
        == "P1,\"甲,乙\",示例汽配有限公司,91510100MA61XXXX0X,510116,双流区,C3670,汽车零部件,45.0,noncompliant,2024\(indicators),plotRatio,,,\r\n"
    )
  }

  @Test func theHeaderNamesEveryColumnAfterAByteOrderMark() {
    let head = VerdictCSV.head()
    #expect(
      head.hasPrefix(
        "\u{FEFF}parcel,name,holder,creditCode,districtCode,district,sectorCode,sector,areaMu,status,year,investmentIntensity,"
      ))
    #expect(head.hasSuffix(",taxPerKWh,failed,errors,score,class\r\n"))
  }
}
