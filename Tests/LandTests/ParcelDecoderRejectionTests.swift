import Land
import Testing
import XMLStream

/// Bad records are rejected with every problem, each message exactly as a
/// user sees it. In `minimalParcel` the parcel is on line 2, district on
/// 3, area on 4, sector on 5, the inserted lines from 6.
@Suite struct ParcelDecoderRejectionTests {
  @Test func badAreaUnit() throws {
    let decoding = try decode(minimalParcel(area: #"<area unit="acre">5</area>"#))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 4, column: 5),
          #"area has unit "acre"; expected one of m2, mu, ha"#)
      ])
    #expect(
      decoding.errors.first?.description
        == #"test.xml:4:5: error: area has unit "acre"; expected one of m2, mu, ha"#)
  }

  @Test func missingAreaUnit() throws {
    let decoding = try decode(minimalParcel(area: "<area>5</area>"))
    #expect(decoding.messages == ["area has no unit attribute; expected one of m2, mu, ha"])
  }

  @Test(arguments: ["0", "0.0", "-3"])
  func nonPositiveArea(_ value: String) throws {
    let decoding = try decode(minimalParcel(area: #"<area unit="m2">\#(value)</area>"#))
    #expect(
      decoding.messages == [
        #"area has value "\#(value)"; expected a decimal number greater than 0, such as 12.5"#
      ])
  }

  @Test func emptyArea() throws {
    let decoding = try decode(minimalParcel(area: #"<area unit="m2"> </area>"#))
    #expect(
      decoding.messages == [
        "area has no value; expected a decimal number greater than 0, such as 12.5"
      ])
  }

  @Test(arguments: ["2024-02-30", "2019-6-12", "2019/06/12", ""])
  func badDate(_ date: String) throws {
    let decoding = try decode(minimalParcel(#"    <supply date="\#(date)"/>"#))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 6, column: 5),
          #"supply has date "\#(date)"; expected a date as YYYY-MM-DD, such as 2024-06-30"#)
      ])
  }

  @Test func unknownElement() throws {
    let decoding = try decode(minimalParcel("    <colour>red</colour>"))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 6, column: 5),
          #"parcel has unknown element "colour"; expected one of name, district, zone, area, "#
            + "sector, holder, tenants, supply, contract, construction, site, buildings, investment, "
            + "performance, events, ratings")
      ])
  }

  @Test func unknownChildOfALeafElement() throws {
    let decoding = try decode(minimalParcel(#"    <supply><price>3</price></supply>"#))
    #expect(
      decoding.messages == [#"supply has unknown element "price"; expected no child elements"#])
  }

  @Test func unknownAttributes() throws {
    let decoding = try decode(
      minimalParcel(
        #"    <buildings><building use="admin" floors="3" xml:lang="zh"/></buildings>"#))
    #expect(
      decoding.messages == [
        #"building has unknown attribute "floors"; expected one of id, use, footprint, floorArea, storeys, height"#,
        #"building has unknown attribute "xml:lang"; expected one of id, use, footprint, floorArea, storeys, height"#,
      ])
  }

  /// Attributes in any order are known wherever they stand (the check
  /// looks for each from where the last was found, wrapping around), and
  /// each unknown one is reported once, in document order.
  @Test func attributesInReverseOrderWithUnknownOnes() throws {
    let decoding = try decode(
      minimalParcel(
        #"    <buildings><building height="9" storeys="2" floors="3" floorArea="100" footprint="50" use="admin" id="B1" colour="red"/></buildings>"#
      ))
    #expect(
      decoding.messages == [
        #"building has unknown attribute "floors"; expected one of id, use, footprint, floorArea, storeys, height"#,
        #"building has unknown attribute "colour"; expected one of id, use, footprint, floorArea, storeys, height"#,
      ])
    let reordered = try decode(
      minimalParcel(
        #"    <buildings><building height="9" storeys="2" floorArea="100" footprint="50" use="admin" id="B1"/></buildings>"#
      ))
    let building = try #require(reordered.parcel?.buildings?.first)
    #expect(building.id == "B1")
    #expect(building.use == .admin)
    #expect(building.footprint == 50)
    #expect(building.floorArea == 100)
    #expect(building.storeys == 2)
    #expect(building.height == 9)
  }

  @Test func duplicatePerformanceYear() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <performance year="2024" tax="10"/>
            <performance year="2023" tax="9"/>
            <performance year="2024" tax="11"/>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 8, column: 5),
          #"performance has year "2024" again; expected one performance per year (the first is on line 6)"#
        )
      ])
  }

  /// Past 16 years the first lines are kept in a dictionary: a year
  /// repeated after that is still found, with its first line.
  @Test func duplicateYearAfterManyYears() throws {
    // Lines 6 to 25: the years 2001 to 2020, one a line; line 26: 2005
    // again, first on line 6 + 4 = 10; line 27: 2020 again, first on 25.
    let years = (2001...2020).map { #"    <performance year="\#($0)" tax="1"/>"# }
    let body =
      (years + [
        #"    <performance year="2005" tax="2"/>"#, #"    <performance year="2020" tax="2"/>"#,
      ])
      .joined(separator: "\n")
    let decoding = try decode(minimalParcel(body))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 26, column: 5),
          #"performance has year "2005" again; expected one performance per year (the first is on line 10)"#
        ),
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 27, column: 5),
          #"performance has year "2020" again; expected one performance per year (the first is on line 25)"#
        ),
      ])
  }

  @Test func duplicateRatingYear() throws {
    let decoding = try decode(
      minimalParcel(
        #"    <ratings><rating year="2023" class="B"/><rating year="2023" class="C"/></ratings>"#))
    #expect(
      decoding.messages == [
        #"rating has year "2023" again; expected one rating per year (the first is on line 6)"#
      ])
  }

  @Test func wrongNamespace() throws {
    let root = #"<landRecords xmlns="urn:other">"#
    let decoding = try decode(minimalParcel(), root: root)
    // Reported once, where the wrong namespace starts: not on every child.
    #expect(
      decoding.errors == [
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 2, column: 3),
          #"parcel has namespace "urn:other"; expected urn:mujun:land-records:1"#)
      ])
  }

  @Test func noNamespace() throws {
    let decoding = try decode(minimalParcel(), root: "<landRecords>")
    #expect(decoding.messages == ["parcel has no namespace; expected urn:mujun:land-records:1"])
  }

  @Test func childInAnotherNamespace() throws {
    let decoding = try decode(
      minimalParcel(#"    <investment xmlns="urn:mujun:land-records:2" fixedAssets="1"/>"#))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 6, column: 5),
          #"investment has namespace "urn:mujun:land-records:2"; expected urn:mujun:land-records:1"#
        )
      ])
  }

  @Test(arguments: ["c3971", "C3", "C39711", "CC397", "3971", "C 397", ""])
  func badSectorCode(_ code: String) throws {
    let decoding = try decode(
      """
        <parcel id="P1">
          <district code="510116">双流区</district>
          <area unit="m2">30000</area>
          <sector code="\(code)">电子元件</sector>
        </parcel>
      """)
    #expect(
      decoding.errors == [
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 5, column: 5),
          #"sector has code "\#(code)"; expected a capital letter and 2 to 4 digits (GB/T 4754-2017), such as C3971"#
        )
      ])
  }

  @Test(arguments: ["C39", "C397", "C3971", "A01"])
  func goodSectorCodes(_ code: String) throws {
    let decoding = try decode(
      minimalParcel().replacing(#"code="C3971""#, with: #"code="\#(code)""#))
    #expect(decoding.parcel?.sector.code == code)
  }

  @Test(arguments: ["5101", "5101160", "51011A", "５１０１１６"])
  func badDistrictCode(_ code: String) throws {
    let decoding = try decode(
      minimalParcel().replacing(#"code="510116""#, with: #"code="\#(code)""#))
    #expect(
      decoding.messages == [
        #"district has code "\#(code)"; expected six digits (a GB/T 2260 code), such as 510116"#
      ])
  }

  @Test func missingAndEmptyID() throws {
    let missing = try decode(minimalParcel().replacing(#" id="P1""#, with: ""))
    #expect(missing.messages == ["parcel has no id attribute; expected a unique parcel id"])
    guard case .rejected(let id, let location, _) = missing else {
      Issue.record("accepted")
      return
    }
    #expect(id == nil)
    #expect(location == SourceLocation(file: "test.xml", line: 2, column: 3))

    let empty = try decode(minimalParcel().replacing(#"id="P1""#, with: #"id="  ""#))
    #expect(empty.messages == [#"parcel has id ""; expected a unique parcel id"#])
  }

  @Test func rejectionKeepsTheID() throws {
    let decoding = try decode(minimalParcel(area: #"<area unit="m2">-1</area>"#))
    guard case .rejected(let id, _, _) = decoding else {
      Issue.record("accepted")
      return
    }
    #expect(id == "P1")
  }

  @Test func missingRequiredElements() throws {
    let decoding = try decode(#"  <parcel id="P1"><name>x</name></parcel>"#)
    #expect(
      decoding.messages == [
        "parcel has no district element; expected exactly one",
        "parcel has no area element; expected exactly one",
        "parcel has no sector element; expected exactly one",
      ])
  }

  @Test func elementsOutOfOrder() throws {
    let decoding = try decode(
      """
        <parcel id="P1">
          <area unit="m2">30000</area>
          <district code="510116">双流区</district>
          <sector code="C3971">电子元件</sector>
          <performance year="2024"/>
          <investment fixedAssets="1"/>
        </parcel>
      """)
    #expect(
      decoding.errors == [
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 4, column: 5),
          "parcel has district after area; expected district before area"),
        Diagnostic(
          at: SourceLocation(file: "test.xml", line: 7, column: 5),
          "parcel has investment after performance; expected investment before performance"),
      ])
  }

  @Test func secondSingleElement() throws {
    let decoding = try decode(minimalParcel(#"    <investment/><investment fixedAssets="x"/>"#))
    // The second copy is reported and not decoded further.
    #expect(decoding.messages == ["parcel has a second investment element; expected at most one"])
  }

  @Test func strayText() throws {
    let decoding = try decode(minimalParcel(#"    <supply price="1">2500</supply>"#))
    #expect(decoding.messages == [#"supply has text "2500"; expected no text"#])
  }

  @Test(arguments: ["1,200", "1e3", "-5", ".5", "5.", "+5", "12.5%", "０", "inf", "NaN", "0x10"])
  func badNumbers(_ value: String) throws {
    let decoding = try decode(minimalParcel(#"    <performance year="2024" tax="\#(value)"/>"#))
    #expect(
      decoding.messages == [
        #"performance has tax "\#(value)"; expected a decimal number of 0 or more, such as 12.5"#
      ])
  }

  @Test func numbersAreTrimmedAndMayHaveLeadingZeros() throws {
    let decoding = try decode(minimalParcel(#"    <performance year=" 2024 " tax=" 007.50 "/>"#))
    #expect(decoding.parcel?.performance == [Performance(year: 2024, tax: 7.5)])
  }

  @Test func badWholeNumbers() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <supply termYears="0"/>
            <buildings><building use="production" storeys="1.5"/></buildings>
            <performance year="24"/>
            <events><event date="2020-02-01" kind="government-delay" days="-3"/></events>
        """))
    #expect(
      decoding.messages == [
        #"supply has termYears "0"; expected a whole number of 1 or more, such as 30"#,
        #"building has storeys "1.5"; expected a whole number of 1 or more, such as 30"#,
        #"performance has year "24"; expected a four-digit year, such as 2024"#,
        #"event has days "-3"; expected a whole number of 0 or more, such as 90"#,
      ])
  }

  @Test func closedVocabularies() throws {
    let decoding = try decode(
      """
        <parcel id="P1">
          <district code="510116">双流区</district>
          <zone level="county">x</zone>
          <area unit="m2">30000</area>
          <sector code="C3971">电子元件</sector>
          <holder scale="large" creditCode="91510100MA61R8XX3">x</holder>
          <supply method="gift"/>
          <buildings><building use="factory"/></buildings>
          <events><event date="2020-02-01" kind="flood" severity="grave"/></events>
          <ratings><rating year="2023" class="E"/></ratings>
        </parcel>
      """)
    #expect(
      decoding.messages == [
        #"zone has level "county"; expected one of national, provincial, municipal"#,
        #"holder has creditCode "91510100MA61R8XX3"; expected 18 digits and capital letters other than I, O, S, V, Z (a unified social credit code)"#,
        #"holder has scale "large"; expected one of above, below"#,
        #"supply has method "gift"; expected one of auction, listing, tender, agreement, lease, allocation"#,
        #"building has use "factory"; expected one of production, warehouse, admin, living, other"#,
        #"event has kind "flood"; expected one of environmental-violation, safety-incident, government-delay, force-majeure, production-stopped, other"#,
        #"event has severity "grave"; expected one of minor, major"#,
        #"rating has class "E"; expected one of A, B, C, D"#,
      ])
  }

  @Test func missingRequiredAttributes() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <buildings><building><storey height="3"/></building></buildings>
            <performance revenue="1"/>
            <events><event>x</event></events>
            <ratings><rating/></ratings>
        """))
    #expect(
      decoding.messages == [
        "building has no use attribute; expected one of production, warehouse, admin, living, other",
        "storey has no area attribute; expected a decimal number of 0 or more, such as 12.5",
        "performance has no year attribute; expected a four-digit year, such as 2024",
        "event has no date attribute; expected a date as YYYY-MM-DD, such as 2024-06-30",
        "event has no kind attribute; expected one of environmental-violation, safety-incident, government-delay, force-majeure, production-stopped, other",
        "rating has no year attribute; expected a four-digit year, such as 2024",
        "rating has no class attribute; expected one of A, B, C, D",
      ])
  }

  @Test func commitmentProblems() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <contract>
              <commitment indicator="landPrice" min="1"/>
              <commitment indicator="plotRatio" min="1.2" unit="10k-CNY/mu"/>
              <commitment indicator="taxPerMu" min="20" unit="CNY/mu"/>
              <commitment indicator="plotRatio" min="3.0" max="1.2"/>
              <commitment indicator="greenRatio"/>
              <commitment indicator="plotRatio" min="1" fromYear="2023"/>
              <commitment indicator="taxPerMu" min="20" remedy="refund"/>
            </contract>
        """))
    #expect(
      decoding.messages == [
        #"commitment has indicator "landPrice"; expected one of investmentIntensity, fixedAssetInvestment, plotRatio, buildingCoefficient, buildingDensity, adminShare, adminFloorShare, greenRatio, taxPerMu, outputPerMu, revenuePerMu, valueAddedPerMu, energyPerValueAdded, valueAddedPerEnergy, valueAddedPerEmission, laborProductivity, rndIntensity, taxPerKWh"#,
        #"commitment has unit "10k-CNY/mu" for plotRatio; expected 1"#,
        #"commitment has unit "CNY/mu" for taxPerMu; expected one of 10k-CNY/mu, 10k-CNY/ha, CNY/m2"#,
        #"commitment has min "3.0" greater than max "1.2"; expected min no greater than max"#,
        "commitment has neither min nor max; expected at least one of them",
        #"commitment has fromYear "2023" for plotRatio, which is not a yearly figure; expected fromYear only on yearly indicators such as taxPerMu"#,
        #"commitment has remedy "refund"; expected topUp"#,
      ])
  }

  @Test func acceptedCommitmentUnits() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <contract>
              <commitment indicator="investmentIntensity" min="4500" unit="10k-CNY/ha"/>
              <commitment indicator="investmentIntensity" min="4500" unit="CNY/m2"/>
              <commitment indicator="adminShare" max="0.07" unit="1"/>
              <commitment indicator="plotRatio" min="1.2" max="1.2"/>
            </contract>
        """))
    #expect(decoding.messages == [])
    #expect(
      decoding.parcel?.contract?.commitments.map(\.unit) == [
        .tenThousandCNYPerHectare, .cnyPerSquareMetre, .ratio, nil,
      ])
  }

  @Test func notAParcel() throws {
    let decoding = try decode(#"  <plot id="X1"/>"#)
    #expect(decoding.messages == [#"record has element "plot"; expected parcel"#])
    guard case .rejected(let id, _, _) = decoding else {
      Issue.record("accepted")
      return
    }
    #expect(id == "X1")
  }

  @Test func foundValuesAreEscapedAndShortened() throws {
    let long = String(repeating: "x", count: 45)
    let decoding = try decode(minimalParcel(area: #"<area unit="a&quot;b&#10;c\">5</area>"#))
    #expect(decoding.messages == [#"area has unit "a\"b\nc\\"; expected one of m2, mu, ha"#])

    let text = try decode(minimalParcel("    <supply>\(long)</supply>"))
    #expect(
      text.messages == [
        #"supply has text ""# + String(repeating: "x", count: 40) + #"…"; expected no text"#
      ])
  }

  @Test func collectsEveryProblemInDocumentOrder() throws {
    let decoding = try decode(
      """
        <parcel>
          <district code="5101">双流区</district>
          <area unit="acre">-1</area>
          <sector code="C3971">电子元件</sector>
          <performance year="2024" tax="1,250"/>
          <performance year="2024"/>
        </parcel>
      """)
    #expect(
      decoding.errors.map(\.description) == [
        "test.xml:2:3: error: parcel has no id attribute; expected a unique parcel id",
        #"test.xml:3:5: error: district has code "5101"; expected six digits (a GB/T 2260 code), such as 510116"#,
        #"test.xml:4:5: error: area has unit "acre"; expected one of m2, mu, ha"#,
        #"test.xml:4:5: error: area has value "-1"; expected a decimal number greater than 0, such as 12.5"#,
        #"test.xml:6:5: error: performance has tax "1,250"; expected a decimal number of 0 or more, such as 12.5"#,
        #"test.xml:7:5: error: performance has year "2024" again; expected one performance per year (the first is on line 6)"#,
      ])
  }
}
