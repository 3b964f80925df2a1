import Foundation
import Land
import Testing
import XMLStream

/// `<tenants>` (`records.md`, version 1.1, "Tenants on a parcel"): decoded
/// after `holder`, each tenant as written; records without it as before.
@Suite struct TenantDecodingTests {
  @Test func decodesEachTenantAsWritten() throws {
    let decoding = try decode(tenantParcel)
    #expect(decoding.messages == [])
    let parcel = try #require(decoding.parcel)
    #expect(
      parcel.tenants == [
        Tenant(
          creditCode: Codes.workshop, name: "示例五金加工厂", floorArea: 3000,
          from: CivilDate("2023-01-01"), to: CivilDate("2027-12-31"),
          location: testLocation(8, 7)),
        Tenant(
          creditCode: Codes.packaging, name: "示例包装有限公司", area: Area(1200, .squareMetre),
          location: testLocation(9, 7)),
        Tenant(
          creditCode: Codes.former, name: "示例旧租户有限公司", area: Area(3, .mu),
          to: CivilDate("2022-12-31"), location: testLocation(10, 7)),
      ])
    // The holder is decoded as before, next to its tenants.
    #expect(
      parcel.holder == Holder(name: "示例塑业有限公司", creditCode: Codes.holder, scale: .above))
  }

  /// `records.md` writes `area="1200" unit="m2"`; without `unit` the area
  /// is in m², as `site` areas are.
  @Test func areaUnitDefaultsToSquareMetres() throws {
    let parcel = try #require(
      try decode(
        minimalParcel(
          """
              <tenants>
                <tenant creditCode="\(Codes.packaging)" area=" 1200 ">示例包装有限公司</tenant>
                <tenant creditCode="\(Codes.workshop)" area="0.5" unit="ha"/>
              </tenants>
          """)
      ).parcel)
    #expect(parcel.tenants.map(\.area) == [Area(1200, .squareMetre), Area(0.5, .hectare)])
    // A tenant without text has an empty name, as a holder does.
    #expect(parcel.tenants.map(\.name) == ["示例包装有限公司", ""])
  }

  @Test func aRecordWithoutTenantsHasNone() throws {
    let parcel = try #require(try decode(minimalParcel()).parcel)
    #expect(parcel.tenants == [])
    let empty = try #require(try decode(minimalParcel("    <tenants/>")).parcel)
    #expect(empty.tenants == [])
  }

  /// The full version-1 record of `records.md` has no tenants; tenants take
  /// part in a parcel's equality, so the comparisons of the two readers
  /// below and in `DirectReadingDecodingTests` cover them.
  @Test func theFullVersionOneRecordHasNoTenants() throws {
    let parcel = try #require(try decode(fullRecord).parcel)
    #expect(parcel.tenants.isEmpty)
    var rented = parcel
    rented.tenants = [
      Tenant(creditCode: Codes.workshop, name: "", area: Area(1, .mu), location: parcel.location)
    ]
    #expect(rented != parcel)
  }

  @Test func tenantsComeRightAfterTheHolder() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <supply method="lease"/>
            <tenants><tenant creditCode="\(Codes.workshop)" area="100"/></tenants>
            <holder>示例</holder>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(7, 5), "parcel has tenants after supply; expected tenants before supply"),
        Diagnostic(
          at: testLocation(8, 5), "parcel has holder after supply; expected holder before supply"),
      ])
  }

  @Test func unknownAttributesAndChildren() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)" area="100" rent="12"/>
              <lease/>
            </tenants>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(7, 7),
          #"tenant has unknown attribute "rent"; expected one of creditCode, floorArea, area, unit, from, to"#
        ),
        Diagnostic(
          at: testLocation(8, 7), #"tenants has unknown element "lease"; expected tenant"#),
      ])
  }

  /// Both readers of XMLStream give the same parcel with tenants: libxml2's
  /// tree and the direct reader's table of the same bytes. (The direct
  /// reader reads the chunks between the first and the last: the parcel
  /// with tenants is put between two others.)
  @Test func bothReadersGiveTheSameTenants() throws {
    let xml = [landRecordsRoot, minimalParcel(), tenantParcel, minimalParcel(), "</landRecords>\n"]
      .joined(separator: "\n")
    let (sequential, _) = try DirectReadingDecodingTests.decodings(
      Array(xml.utf8), chunkSize: nil)
    let (direct, directChunks) = try DirectReadingDecodingTests.decodings(
      Array(xml.utf8), chunkSize: 1)
    #expect(directChunks >= 1)
    #expect(direct == sequential)
    #expect(sequential.map { $0.parcel?.tenants.count } == [0, 3, 0])
  }

  /// The version-1 samples decode as before: no tenants anywhere, and the
  /// only records rejected are the two the samples' README plants in
  /// chengdu-2024.xml (#7, `unit="sqm"` on line 197; #14, area 0 on line
  /// 370; #11's repeated id is found by the batch, not the decoder).
  @Test(arguments: [
    (
      "chengdu-2024.xml", 20,
      [
        #"area has unit "sqm"; expected one of m2, mu, ha"#,
        #"area has value "0"; expected a decimal number greater than 0, such as 12.5"#,
      ]
    ),
    ("contracts-2025.xml", 12, []),
  ])
  func versionOneSamplesDecodeAsBefore(file: String, records: Int, errors: [String]) throws {
    let bytes = try Array(
      Data(
        contentsOf: URL(
          fileURLWithPath: DirectReadingDecodingTests.repository + "/SampleParcels/" + file)))
    let (decodings, _) = try DirectReadingDecodingTests.decodings(bytes, chunkSize: nil)
    #expect(decodings.count == records)
    #expect(decodings.flatMap(\.messages) == errors)
    #expect(decodings.allSatisfy { $0.parcel?.tenants.isEmpty ?? true })
  }
}
