import Land
import Testing
import XMLStream

/// Who uses a parcel's land in a year (`records.md`, version 1.1, "Tenants
/// on a parcel"): tenants whose lease overlaps the year use their land, the
/// holder keeps the rest.
@Suite struct LandShareTests {
  static func parcel(_ body: String) throws -> Parcel {
    let decoding = try decode(body)
    #expect(decoding.messages == [])
    return try #require(decoding.parcel)
  }

  /// The example parcel (TenantTestRecords.swift): 30 mu, 24000 m² of
  /// floor as built. 2024:
  /// - the workshop rents 3000 m² of floor (2023–2027): 30 × 3000 ÷ 24000
  ///   = 3.75 mu (with B2's 9.5 m storey counted twice, as the plot ratio
  ///   does, it would be 30 × 3000 ÷ 30000 = 3 mu);
  /// - the packaging firm rents 1200 m² of land, no dates: 1200 × 15 ÷
  ///   10000 = 1.8 mu;
  /// - the former tenant's lease ended 2022-12-31: no share;
  /// - the holder keeps 30 − 3.75 − 1.8 = 24.45 mu.
  @Test func apportionsTheExampleParcel() throws {
    let shares = try Self.parcel(tenantParcel).landShares(in: 2024)
    #expect(shares.map(\.creditCode) == [Codes.holder, Codes.workshop, Codes.packaging])
    #expect(shares.map(\.role) == [.holder, .tenant, .tenant])
    #expect(shares.map(\.name) == ["示例塑业有限公司", "示例五金加工厂", "示例包装有限公司"])
    let mu = shares.map(\.mu)
    #expect(mu.count == 3)
    #expect(isClose(mu.first, 24.45))
    #expect(isClose(mu.dropFirst().first, 3.75))
    #expect(isClose(mu.last, 1.8))
  }

  /// 2022: the workshop's lease starts in 2023 (no share); the former
  /// tenant's 3 mu (to 2022-12-31) and the packaging firm's 1.8 mu count:
  /// the holder keeps 30 − 1.8 − 3 = 25.2 mu.
  @Test func aYearTakesTheLeasesInForceInIt() throws {
    let shares = try Self.parcel(tenantParcel).landShares(in: 2022)
    #expect(shares.map(\.creditCode) == [Codes.holder, Codes.packaging, Codes.former])
    #expect(isClose(shares.first?.mu, 25.2))
    #expect(isClose(shares.last?.mu, 3))
  }

  /// `tenantLand="holder"`: the holder keeps all 30 mu; the tenants of the
  /// year are still listed, with 0.
  @Test func aSchemeMayLeaveTheHolderTheWholeParcel() throws {
    let shares = try Self.parcel(tenantParcel).landShares(in: 2024, tenantLand: .holder)
    #expect(
      shares == [
        LandShare(creditCode: Codes.holder, name: "示例塑业有限公司", mu: 30, role: .holder),
        LandShare(creditCode: Codes.workshop, name: "示例五金加工厂", mu: 0, role: .tenant),
        LandShare(creditCode: Codes.packaging, name: "示例包装有限公司", mu: 0, role: .tenant),
      ])
  }

  /// A lease overlaps a year when it is in force on any day of it, 1
  /// January to 31 December, the lease's days inclusive.
  @Test(arguments: [
    (#"to="2023-12-31""#, false),
    (#"to="2024-01-01""#, true),
    (#"from="2024-12-31""#, true),
    (#"from="2025-01-01""#, false),
    (#"from="2020-01-01" to="2030-12-31""#, true),
    ("", true),
  ])
  func leasesOverlappingTheYear(_ dates: String, _ counts: Bool) throws {
    // 1 mu rented of 45 (30000 m²): the holder keeps 44 when it counts.
    let parcel = try Self.parcel(
      minimalParcel(
        #"    <tenants><tenant creditCode="\#(Codes.workshop)" area="1" unit="mu" \#(dates)/></tenants>"#
      ))
    let shares = parcel.landShares(in: 2024)
    #expect(shares.count == (counts ? 2 : 1))
    #expect(shares.first?.mu == (counts ? 44 : 45))
  }

  /// A holder without a code keeps its land under a nil code; a parcel
  /// without `holder` too, with no name.
  @Test func landWithoutACode() throws {
    let tenants = #"    <tenants><tenant creditCode="\#(Codes.workshop)" area="3000"/></tenants>"#
    // 45 − 3000 × 15 ÷ 10000 = 45 − 4.5 = 40.5 mu.
    let codeless = try Self.parcel(minimalParcel("    <holder>示例村集体经济合作社</holder>\n" + tenants))
    #expect(
      codeless.landShares(in: 2024).first
        == LandShare(creditCode: nil, name: "示例村集体经济合作社", mu: 40.5, role: .holder))
    let holderless = try Self.parcel(minimalParcel(tenants))
    #expect(
      holderless.landShares(in: 2024).first
        == LandShare(creditCode: nil, name: nil, mu: 40.5, role: .holder))
  }

  @Test func aParcelWithoutTenantsIsAllTheHolders() throws {
    let shares = try Self.parcel(fullRecord).landShares(in: 2024)
    #expect(shares.map(\.creditCode) == ["91510100MA61R8XX3K"])
    #expect(shares.map(\.role) == [.holder])
    // 33350 m² × 15 ÷ 10000 = 50.025 mu.
    #expect(isClose(shares.first?.mu, 50.025))
  }

  /// One tenant's two leases in one year, one after the other (2000 m² to
  /// June, 3000 m² from July): one share, of the larger, 3000 × 15 ÷ 10000
  /// = 4.5 mu; the holder keeps 45 − 4.5 = 40.5.
  @Test func oneTenantsLeasesInOneYearMakeOneShare() throws {
    let parcel = try Self.parcel(
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)" area="2000" to="2024-06-30">示例五金加工厂</tenant>
              <tenant creditCode="\(Codes.packaging)" area="1000"/>
              <tenant creditCode="\(Codes.workshop)" area="3000" from="2024-07-01">示例五金（新址）</tenant>
            </tenants>
        """))
    let shares = parcel.landShares(in: 2024)
    // 1000 m² = 1.5 mu; holder 45 − 4.5 − 1.5 = 39.
    #expect(shares.map(\.creditCode) == [nil, Codes.workshop, Codes.packaging])
    // The share has the name of the tenant's first lease in the document.
    #expect(shares.map(\.name) == [nil, "示例五金加工厂", ""])
    #expect(isClose(shares.first?.mu, 39))
    #expect(isClose(shares.dropFirst().first?.mu, 4.5))
  }

  /// Sequential tenants of 80% each (36 of 45 mu) pass the decoder's check
  /// (never in force together); in the year the first hands over to the
  /// second, both count whole: 72 mu, more than the parcel. The holder's
  /// share is then 0, never below.
  @Test func theHoldersShareIsNeverBelowZero() throws {
    let parcel = try Self.parcel(
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)" area="24000" to="2024-06-30"/>
              <tenant creditCode="\(Codes.packaging)" area="24000" from="2024-07-01"/>
            </tenants>
        """))
    #expect(parcel.landShares(in: 2024).map(\.mu) == [0, 36, 36])
    // 2023: the first tenant alone; the holder keeps 45 − 36 = 9.
    #expect(parcel.landShares(in: 2023).map(\.mu) == [9, 36])
  }
}
