import Enterprises
import Land
import Tables
import Testing
import XMLStream

/// The join of land records and department files (records.md 1.1, "Who
/// is an enterprise, and with what"), on a small county worked by hand.
@Suite struct EnterpriseJoinTests {
  /// Published codes that pass their GB 32100-2015 check (see
  /// CreditCodeTests), standing for five firms.
  static let a = "914403001922038216"
  static let b = "91110000600037341L"
  static let c = "91620105L015101280"
  static let d = "91310115MA1K3BTP2B"
  static let e = "9144030071526726XG"

  /// P-1 (line 2): 20000 m² = 30 mu held by A, with B renting 3000 m² of
  /// the 24000 m² of floor as built (30 × 3000 ÷ 24000 = 3.75 mu) and C
  /// renting 1200 m² of land (1200 × 15 ÷ 10000 = 1.8 mu); A keeps
  /// 30 − 3.75 − 1.8 = 24.45 mu. A's 2024 figures: tax 300, value added
  /// 1000. P-2 (line 20): 10 mu held by A, tax 60 in 2024, 50 in 2023.
  /// P-3 (line 28): 6 mu whose holder has no code. P-4 (line 34): held by
  /// D, area 0: rejected.
  static let records = """
    <landRecords xmlns="urn:mujun:land-records:1">
      <parcel id="P-1">
        <district code="331003">黄岩区</district>
        <area unit="m2">20000</area>
        <sector code="C2927">日用塑料制品制造</sector>
        <holder creditCode="\(a)" scale="above">甲塑业有限公司</holder>
        <tenants>
          <tenant creditCode="\(b)" floorArea="3000">乙五金加工厂</tenant>
          <tenant creditCode="\(c)" area="1200">丙包装有限公司</tenant>
        </tenants>
        <construction completed="2019-05-01"/>
        <buildings>
          <building id="B1" use="production" footprint="6000" floorArea="18000" storeys="3" height="15"/>
          <building id="B2" use="production" footprint="6000">
            <storey area="6000" height="9.5"/>
          </building>
        </buildings>
        <performance year="2024" tax="300" valueAdded="1000"/>
      </parcel>
      <parcel id="P-2">
        <district code="331004">路桥区</district>
        <area unit="mu">10</area>
        <sector code="C3311">金属结构制造</sector>
        <holder creditCode="\(a)">甲塑业有限公司（路桥）</holder>
        <performance year="2023" tax="50"/>
        <performance year="2024" tax="60"/>
      </parcel>
      <parcel id="P-3">
        <district code="331003">黄岩区</district>
        <area unit="mu">6</area>
        <sector code="C2927">日用塑料制品制造</sector>
        <holder>无代码企业</holder>
      </parcel>
      <parcel id="P-4">
        <district code="331003">黄岩区</district>
        <area unit="mu">0</area>
        <sector code="C2927">日用塑料制品制造</sector>
        <holder creditCode="\(d)">丁有限公司</holder>
      </parcel>
    </landRecords>
    """

  /// The ledger of the four records for 2024, each record's land as the
  /// batch gives it (a rejected one names its firms).
  static func ledger() -> EnterpriseLedger {
    let reader = XMLRecordReader(bytes: Array(records.utf8), fileName: "t.xml")
    var ledger = EnterpriseLedger()
    while let event = reader.next() {
      guard case .record(let record) = event else { continue }
      switch ParcelDecoder.decode(record) {
      case .parcel(let parcel): ledger.add(parcel.land(in: 2024))
      case .rejected(let id, let location, _):
        ledger.add(
          .rejected(
            parcel: id, at: location, codes: ParcelDecoder.creditCodes(in: record.element)))
      }
    }
    return ledger
  }

  /// tax.csv: A's 2024 tax 350 (replacing the records' 300 + 60), E's 5
  /// (E has no land), and B's row for 2023 (another year).
  static func data() -> DepartmentData {
    let header = DepartmentHeader(
      RowCells(["统一社会信用代码", "企业名称", "年度", "税收"], place: CellPlace(file: "tax.csv", row: 1)),
      defaultYear: nil)
    let rows = [
      [a, "甲塑业有限公司", "2024", "350"], [e, "戊科技有限公司", "2024", "5"], [b, "乙五金加工厂", "2023", "2"],
    ]
    .enumerated().compactMap { offset, cells in
      header.read(RowCells(cells, place: CellPlace(file: "tax.csv", row: offset + 2)))
    }
    return DepartmentMerge.merge([rows])
  }

  @Test func everyCodeMetIsOneEnterpriseSortedByCode() {
    let join = EnterpriseJoin(ledger: Self.ledger(), data: Self.data(), year: 2024)
    // A, B, C from the records, D from the rejected record, E from the
    // data; B's 2023 row makes no enterprise of its own (B is one anyway).
    #expect(join.enterprises.map(\.code) == [Self.a, Self.b, Self.c, Self.d, Self.e].sorted())
    #expect(join.report.enterprises == 5)
    #expect(join.report.rowsOfOtherYears == 1)
  }

  @Test func aHolderUsesAllItsParcelsLessItsTenantsLand() throws {
    let join = EnterpriseJoin(ledger: Self.ledger(), data: Self.data(), year: 2024)
    let a = try #require(join.enterprises.first { $0.code == Self.a })
    #expect(a.land.map(\.parcel) == ["P-1", "P-2"])
    #expect(a.land.map(\.role) == [.holder, .holder])
    #expect(isClose(a.land[0].mu, 24.45))
    #expect(isClose(a.areaMu, 34.45))  // 24.45 + 10
    #expect(a.track == .above)  // P-1's holder scale
    // The department file's tax replaces the records' 300 + 60 = 360.
    #expect(a.figures[.tax] == EnterpriseFigure(value: 350, source: "tax.csv:2"))
    // Value added is the records' alone, from P-1 (line 2).
    #expect(a.figures[.valueAdded] == EnterpriseFigure(value: 1000, source: "t.xml:2"))
    // taxPerMu = 350 ÷ 34.45 = 10.1596…; valueAddedPerMu = 1000 ÷ 34.45.
    let taxPerMu = try #require(a.indicators.first { $0.indicator == .taxPerMu }?.reading.value)
    #expect(isClose(taxPerMu, 350 / 34.45))
    // Its sector and district are P-1's (30 mu of land against 10).
    #expect(a.sector == "C2927")
    #expect(a.district == "331003")
    #expect(a.completed == CivilDate("2019-05-01"))
    // The two names of the records and the file's: the file's is taken,
    // and the one that differs is noted.
    #expect(a.name == "甲塑业有限公司")
    #expect(join.report.differentNames.map(\.code) == [Self.a])
  }

  @Test func theRecordsFiguresAreSummedOverTheHeldParcels() throws {
    // Without the file, A's tax is 300 (P-1) + 60 (P-2, not 2023's 50).
    let join = EnterpriseJoin(ledger: Self.ledger(), data: nil, year: 2024)
    let a = try #require(join.enterprises.first { $0.code == Self.a })
    #expect(a.figures[.tax] == EnterpriseFigure(value: 360, source: "t.xml:2+t.xml:20"))
    #expect(join.report.landWithoutData == [])  // no files given: no such list
  }

  @Test func tenantsUseTheirShareAndAreTheirOwnTrack() throws {
    let join = EnterpriseJoin(ledger: Self.ledger(), data: Self.data(), year: 2024)
    let b = try #require(join.enterprises.first { $0.code == Self.b })
    let c = try #require(join.enterprises.first { $0.code == Self.c })
    #expect(b.track == .tenant)
    #expect(isClose(b.areaMu, 3.75))
    #expect(b.figures.isEmpty)  // its only row is of 2023
    #expect(isClose(c.areaMu, 1.8))
    #expect(join.report.tenantsOnly == 2)
    // B and C have land and no data row for 2024.
    #expect(join.report.landWithoutData.map(\.code) == [Self.b, Self.c])
  }

  @Test func aFirmOnlyInTheDataIsUnscoredWithNoPerMuIndicators() throws {
    let join = EnterpriseJoin(ledger: Self.ledger(), data: Self.data(), year: 2024)
    let e = try #require(join.enterprises.first { $0.code == Self.e })
    #expect(e.track == .unscored)
    #expect(e.areaMu == 0)
    #expect(e.notes.map(\.message) == ["no land in the records"])
    #expect(
      e.indicators.first { $0.indicator == .taxPerMu }?.reading
        == .noData(reason: "no land in the records"))
    #expect(join.report.codesWithoutLand == [.init(code: Self.e, source: "tax.csv:3")])
    #expect(join.report.dataOnly == 1)
  }

  @Test func aRejectedRecordsLandGoesToNoFirmAndItsFirmCarriesAnError() throws {
    let join = EnterpriseJoin(ledger: Self.ledger(), data: Self.data(), year: 2024)
    let d = try #require(join.enterprises.first { $0.code == Self.d })
    #expect(d.land.isEmpty)
    #expect(
      d.errors.map(\.description) == [
        "t.xml:34:3: the record of parcel \"P-4\" is rejected; its land is not counted for this enterprise: correct the record"
      ])
    #expect(join.report.lostLand.map(\.parcel) == ["P-4"])
  }

  @Test func landWithoutACodeIsNoEnterprisesAndIsReported() {
    let join = EnterpriseJoin(ledger: Self.ledger(), data: Self.data(), year: 2024)
    #expect(join.report.landWithoutCode.map(\.parcel) == ["P-3"])
    #expect(join.report.landWithoutCode.map(\.mu) == [6])
  }

  @Test func aCodeThatFailsItsCheckIsItsOwnEnterpriseWithAnError() throws {
    // A's code with its last character mistyped (6 for the check 6 is
    // right; 7 is not): its own enterprise, never merged into A.
    let mistyped = String(Self.a.dropLast()) + "7"
    var ledger = EnterpriseLedger()
    ledger.add(
      ParcelLand(
        parcel: "P-9", location: SourceLocation(file: "t.xml", line: 9, column: 3),
        shares: [LandShare(creditCode: mistyped, name: "甲", mu: 5, role: .holder)]))
    let join = EnterpriseJoin(ledger: ledger, data: nil, year: 2024)
    let bad = try #require(join.enterprises.first)
    #expect(bad.code == mistyped)
    #expect(bad.errors.count == 1)
    #expect(bad.errors.first?.source == "t.xml:9:3")
    #expect(join.report.badCodes.count == 1)
  }
}

func isClose(_ a: Double, _ b: Double) -> Bool {
  abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
}
