import Land
import Testing
import XMLStream

@Suite struct ParcelDecoderTests {
  @Test func namespaceConstant() {
    #expect(ParcelDecoder.namespace == "urn:mujun:land-records:1")
  }

  @Test func decodesEveryElementOfTheFullRecord() throws {
    let decoding = try decode(fullRecord)
    #expect(decoding.messages == [])
    let parcel = try #require(decoding.parcel)

    #expect(parcel.id == "510116-2019-GY-0042")
    #expect(parcel.location == SourceLocation(file: "test.xml", line: 2, column: 3))
    #expect(parcel.name == "双流电子元件产业园一期")
    #expect(parcel.district == District(code: "510116", name: "双流区"))
    #expect(parcel.zone == Zone(level: .national, name: "成都双流经济技术开发区"))
    #expect(parcel.area == Area(33350, .squareMetre))
    #expect(parcel.sector == Sector(code: "C3971", name: "电子元件及组件制造"))
    #expect(
      parcel.holder
        == Holder(name: "成都某电子有限公司", creditCode: "91510100MA61R8XX3K", scale: .above))
    #expect(
      parcel.supply
        == Supply(method: .listing, date: CivilDate("2019-06-12"), termYears: 30, price: 2500))

    let contract = try #require(parcel.contract)
    #expect(contract.id == "510116-CR-2019-042")
    #expect(contract.signed == CivilDate("2019-06-20"))
    #expect(
      contract.handover == Handover(due: CivilDate("2019-07-31"), actual: CivilDate("2019-07-20")))
    #expect(
      contract.start == ContractDeadline(due: CivilDate("2020-06-20"), penaltyPermillePerDay: 1))
    #expect(
      contract.completion
        == ContractDeadline(due: CivilDate("2022-06-20"), penaltyPermillePerDay: 0.5))
    #expect(
      contract.commitments == [
        Commitment(indicator: .investmentIntensity, min: 300, unit: .tenThousandCNYPerMu),
        Commitment(indicator: .plotRatio, min: 1.2, max: 3.0),
        Commitment(indicator: .greenRatio, max: 0.15, penaltyPermille: 1),
        Commitment(
          indicator: .taxPerMu, min: 20, unit: .tenThousandCNYPerMu, fromYear: 2023, remedy: .topUp),
      ])

    #expect(
      parcel.construction
        == Construction(
          started: CivilDate("2020-03-01"), completed: CivilDate("2021-12-15"),
          suspendedFrom: CivilDate("2024-11-01"), developedArea: 28000))
    #expect(
      parcel.site
        == Site(
          unit: .squareMetre, greenArea: 2000, adminArea: 1500, structureArea: 600, yardArea: 900))
    #expect(
      parcel.buildings == [
        Building(
          id: "B1", use: .production, footprint: 12000, floorArea: 24000, storeys: 2, height: 15.5),
        Building(
          id: "B2", use: .production, footprint: 6000,
          storeyList: [Storey(area: 6000, height: 9.5)]),
        Building(id: "B3", use: .admin, footprint: 800, floorArea: 3200, storeys: 4, height: 16),
      ])
    #expect(parcel.investment == Investment(fixedAssets: 16500))
    #expect(
      parcel.performance == [
        Performance(year: 2023, revenue: 38000, tax: 1100),
        Performance(
          year: 2024, revenue: 42000, output: 45000, valueAdded: 9800, tax: 1250, energy: 3200,
          electricity: 5_400_000, emissions: 12.5, rnd: 1500, employees: 320),
      ])
    #expect(
      parcel.events == [
        Event(
          date: try #require(CivilDate("2023-05-10")), kind: .environmentalViolation,
          severity: .major, text: "超标排放"),
        Event(
          date: try #require(CivilDate("2020-02-01")), kind: .governmentDelay, days: 90,
          text: "疫情防控停工"),
      ])
    #expect(parcel.ratings == [Rating(year: 2023, class: .d)])
  }

  @Test func decodesAMinimalRecord() throws {
    let parcel = try #require(try decode(minimalParcel()).parcel)
    #expect(parcel.name == nil)
    #expect(parcel.zone == nil && parcel.holder == nil && parcel.supply == nil)
    #expect(parcel.contract == nil && parcel.construction == nil && parcel.site == nil)
    #expect(parcel.buildings == nil)
    #expect(parcel.investment == nil)
    #expect(parcel.performance.isEmpty && parcel.events.isEmpty && parcel.ratings.isEmpty)
  }

  @Test func emptyBuildingsIsNotAbsentBuildings() throws {
    let parcel = try #require(try decode(minimalParcel("    <buildings/>")).parcel)
    #expect(parcel.buildings == [])
  }

  @Test(arguments: [
    (#"<area unit="ha">3</area>"#, Area(3, .hectare)),
    (#"<area unit="mu">45</area>"#, Area(45, .mu)),
    (#"<area unit="m2">  30000.5 </area>"#, Area(30000.5, .squareMetre)),  // trimmed
  ])
  func areaUnits(_ area: String, _ expected: Area) throws {
    let parcel = try #require(try decode(minimalParcel(area: area)).parcel)
    #expect(parcel.area == expected)
  }

  @Test func siteAreasAreStoredInSquareMetres() throws {
    let site = #"    <site unit="mu" greenArea="3" adminArea="1.5" yardArea="0"/>"#
    let parcel = try #require(try decode(minimalParcel(site)).parcel)
    let decoded = try #require(parcel.site)
    #expect(decoded.unit == .mu)
    #expect(isClose(decoded.greenArea, 2000))  // 3 mu × 10000 / 15 = 2000 m²
    #expect(isClose(decoded.adminArea, 1000))  // 1.5 × 10000 / 15 = 1000 m²
    #expect(decoded.yardArea == 0)
    #expect(decoded.structureArea == nil)
  }

  @Test func siteUnitDefaultsToSquareMetres() throws {
    let parcel = try #require(try decode(minimalParcel(#"    <site greenArea="2000"/>"#)).parcel)
    #expect(parcel.site == Site(unit: .squareMetre, greenArea: 2000))
  }

  @Test func decimalEmployeesAreAccepted() throws {
    let performance = #"    <performance year="2024" employees="318.5"/>"#
    let parcel = try #require(try decode(minimalParcel(performance)).parcel)
    #expect(parcel.performance == [Performance(year: 2024, employees: 318.5)])
  }

  @Test func decodesTheRootHeader() throws {
    let xml = landRecordsRoot + "\n" + minimalParcel() + "\n</landRecords>\n"
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "test.xml")
    _ = reader.next()
    let root = try #require(reader.root)
    #expect(
      LandRecordsHeader.decode(root)
        == .header(
          LandRecordsHeader(
            asOf: CivilDate("2025-03-31"),
            location: SourceLocation(file: "test.xml", line: 1, column: 1))))
  }

  @Test func rejectsAForeignRoot() throws {
    let xml = #"<records xmlns="urn:mujun:land-records:1" asOf="31/03/2025"><parcel/></records>"#
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "test.xml")
    _ = reader.next()
    let root = try #require(reader.root)
    guard case .rejected(let errors) = LandRecordsHeader.decode(root) else {
      Issue.record("a foreign root was accepted")
      return
    }
    #expect(
      errors.map(\.message) == [
        #"document has root element "records"; expected landRecords"#,
        #"records has asOf "31/03/2025"; expected a date as YYYY-MM-DD, such as 2024-06-30"#,
      ])
  }
}
