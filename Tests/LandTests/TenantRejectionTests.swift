import Land
import Testing
import XMLStream

/// Tenancies that break the rules of `records.md` (version 1.1, "Tenants
/// on a parcel") reject the record, each problem at its tenant's start tag
/// with the exact message. In `minimalParcel` the parcel is on line 2, its
/// area of 30000 m² (= 30000 × 15 ÷ 10000 = 45 mu) on 4, the inserted
/// lines from 6; a `tenant` indented by 6 spaces starts at column 7.
@Suite struct TenantRejectionTests {
  static let creditCodeExpected =
    "expected 18 digits and capital letters other than I, O, S, V, Z (a unified social credit code)"

  @Test func missingOrMalformedCreditCodes() throws {
    // 91331003MA2ZZZZZZ3 is records.md's own example: Z is not a credit
    // code character (GB 32100-2015 leaves out I, O, S, V and Z).
    let decoding = try decode(
      minimalParcel(
        """
            <tenants>
              <tenant area="100">示例</tenant>
              <tenant creditCode="91331003MA2ZZZZZZ3" area="100"/>
              <tenant creditCode="" area="100"/>
            </tenants>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(7, 7), "tenant has no creditCode attribute; \(Self.creditCodeExpected)"),
        Diagnostic(
          at: testLocation(8, 7),
          #"tenant has creditCode "91331003MA2ZZZZZZ3"; "# + Self.creditCodeExpected),
        Diagnostic(
          at: testLocation(9, 7), #"tenant has creditCode ""; "# + Self.creditCodeExpected),
      ])
    #expect(
      decoding.errors.first?.description
        == "test.xml:7:7: error: tenant has no creditCode attribute; \(Self.creditCodeExpected)")
  }

  @Test func exactlyOneOfFloorAreaAndAreaGreaterThanZero() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)">示例</tenant>
              <tenant creditCode="\(Codes.workshop)" floorArea="3000" area="1200"/>
              <tenant creditCode="\(Codes.packaging)" floorArea="0"/>
              <tenant creditCode="\(Codes.packaging)" area="-5"/>
            </tenants>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(7, 7),
          "tenant has neither floorArea nor area; expected exactly one of them"),
        Diagnostic(
          at: testLocation(8, 7),
          #"tenant has both floorArea "3000" and area "1200"; expected exactly one of them"#),
        Diagnostic(
          at: testLocation(9, 7),
          #"tenant has floorArea "0"; expected a decimal number greater than 0, such as 12.5"#),
        Diagnostic(
          at: testLocation(10, 7),
          #"tenant has area "-5"; expected a decimal number greater than 0, such as 12.5"#),
      ])
  }

  @Test func unitOnlyWithAreaAndFromTheAreaUnits() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)" floorArea="3000" unit="mu"/>
              <tenant creditCode="\(Codes.packaging)" area="2" unit="acre"/>
            </tenants>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(7, 7),
          #"tenant has unit "mu" without area; expected unit only with area (floorArea is always in m2)"#
        ),
        Diagnostic(
          at: testLocation(8, 7), #"tenant has unit "acre"; expected one of m2, mu, ha"#),
      ])
  }

  @Test func leaseDatesTheWrongWayRound() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)" area="100" from="2024-01-01" to="2023-12-31"/>
              <tenant creditCode="\(Codes.packaging)" area="100" from="2024-02-30"/>
              <tenant creditCode="\(Codes.former)" area="100" from="2024-05-01" to="2024-05-01"/>
            </tenants>
        """))
    // A lease of one day (from = to) is fine.
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(7, 7),
          #"tenant has to "2023-12-31" before from "2024-01-01" (lease dates the wrong way round); expected to on or after from"#
        ),
        Diagnostic(
          at: testLocation(8, 7),
          #"tenant has from "2024-02-30"; expected a date as YYYY-MM-DD, such as 2024-06-30"#),
      ])
  }

  @Test func theHolderIsNoTenantOfItsOwnLand() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <holder creditCode="\(Codes.holder)">示例塑业有限公司</holder>
            <tenants>
              <tenant creditCode="\(Codes.holder)" area="100">示例塑业有限公司</tenant>
            </tenants>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(8, 7),
          #"tenant has creditCode "91331003MA2XXXXXXL", the holder's own; expected a firm other than the parcel's holder"#
        )
      ])
  }

  /// One tenant may have leases one after another (line 9 ends the day
  /// before line 10 starts), not two in force on the same day: line 8
  /// starts inside line 7's lease; line 12 (no `from`) runs to 2025-01-01,
  /// the day line 11 starts. The error is at the later of the two in the
  /// document.
  @Test func oneTenantHasOneLeaseAtATime() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)" area="100" from="2023-01-01" to="2024-12-31"/>
              <tenant creditCode="\(Codes.workshop)" area="200" from="2024-06-01"/>
              <tenant creditCode="\(Codes.packaging)" area="100" to="2024-06-30"/>
              <tenant creditCode="\(Codes.packaging)" area="100" from="2024-07-01"/>
              <tenant creditCode="\(Codes.moulding)" area="100" from="2025-01-01"/>
              <tenant creditCode="\(Codes.moulding)" area="100" to="2025-01-01"/>
            </tenants>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(8, 7),
          #"tenant has creditCode "92331003MA2YYYYYYW" again, in a lease overlapping the one on line 7; expected one lease per tenant at a time"#
        ),
        Diagnostic(
          at: testLocation(12, 7),
          #"tenant has creditCode "92331003MA2TTTTTTF" again, in a lease overlapping the one on line 11; expected one lease per tenant at a time"#
        ),
      ])
  }

  static let noFloorAreaExpected =
    "expected area (the land rented) instead, or buildings whose floor area as built the parcel's land can be shared by"

  /// Floor area shares the land by the buildings' floor area as built: a
  /// parcel without it cannot be apportioned (`records.md`). Line 7 holds
  /// the buildings, if any.
  @Test(arguments: [
    ("", "the record does not list its buildings"),
    ("    <buildings/>", "the record lists no buildings"),
    (
      #"    <buildings><building id="B1" use="production" floorArea="1000"/><building id="B2" use="warehouse"/></buildings>"#,
      "building B2 has neither floorArea nor storeys"
    ),
    (
      #"    <buildings><building use="production" floorArea="0"/></buildings>"#,
      "the buildings' total floor area is 0"
    ),
  ])
  func floorAreaNeedsBuildingsToShareBy(_ buildings: String, _ reason: String) throws {
    let decoding = try decode(
      minimalParcel(
        """
            <tenants><tenant creditCode="\(Codes.workshop)" floorArea="3000"/></tenants>
        \(buildings)
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(6, 14),
          #"tenant has floorArea "3000", but \#(reason); \#(Self.noFloorAreaExpected)"#)
      ])
  }

  @Test func landRentedNeedsNoBuildings() throws {
    let decoding = try decode(
      minimalParcel(
        #"    <tenants><tenant creditCode="\#(Codes.packaging)" area="1200"/></tenants>"#))
    #expect(decoding.messages == [])
  }

  static let overAreaExpected =
    "expected the tenants' land at any one time no more than the parcel's area"

  /// Two tenants of 24000 m² each (24000 × 15 ÷ 10000 = 36 mu, 80% of the
  /// parcel's 45): one after the other they fit; sharing 2024-06-30 (the
  /// first's last day, the second's first) they hold 72 mu together.
  @Test func tenantsInForceTogetherOverTheParcelsArea() throws {
    func tenants(secondFrom: String) -> String {
      """
          <tenants>
            <tenant creditCode="\(Codes.workshop)" area="24000" from="2023-01-01" to="2024-06-30"/>
            <tenant creditCode="\(Codes.packaging)" area="24000" from="\(secondFrom)"/>
          </tenants>
      """
    }
    let sequential = try decode(minimalParcel(tenants(secondFrom: "2024-07-01")))
    #expect(sequential.messages == [])
    let overlapping = try decode(minimalParcel(tenants(secondFrom: "2024-06-30")))
    #expect(
      overlapping.errors == [
        Diagnostic(
          at: testLocation(8, 7),
          "tenant has a lease that makes the land rented together 72 mu on 2024-06-30, more than"
            + " the parcel's 45 mu (the leases on lines 7 and 8); \(Self.overAreaExpected)")
      ])
  }

  /// Floor area rented is land: 45 mu × 30000 ÷ 24000 m² = 56.25 mu, more
  /// than the parcel, from the start as the lease has no `from`.
  @Test func floorAreaRentedOverTheParcelsArea() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)" floorArea="30000"/>
            </tenants>
            <buildings><building use="production" floorArea="24000" storeys="2"/></buildings>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(7, 7),
          "tenant has a lease that makes the land rented together 56.25 mu from the start (it has"
            + " no from date), more than the parcel's 45 mu (the lease on line 7);"
            + " \(Self.overAreaExpected)")
      ])
  }

  /// Tenants on 45 mu: 15 mu (10000 m²) all along; 30 mu in 2023 (15 + 30
  /// = 45, the whole parcel, fits); 20 mu from 2024 (15 + 20 = 35: the
  /// 2023 lease has ended); 12 mu (8000 m²) from 2024-03-01 makes 35 + 12
  /// = 47, over 45: the error is there, naming the leases then in force.
  @Test func theLeaseThatTipsTheLandOverIsNamed() throws {
    let decoding = try decode(
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)" area="10000"/>
              <tenant creditCode="\(Codes.former)" area="30" unit="mu" from="2023-01-01" to="2023-12-31"/>
              <tenant creditCode="\(Codes.packaging)" area="20" unit="mu" from="2024-01-01"/>
              <tenant creditCode="\(Codes.moulding)" area="8000" from="2024-03-01"/>
            </tenants>
        """))
    #expect(
      decoding.errors == [
        Diagnostic(
          at: testLocation(10, 7),
          "tenant has a lease that makes the land rented together 47 mu on 2024-03-01, more than"
            + " the parcel's 45 mu (the leases on lines 7, 9 and 10); \(Self.overAreaExpected)")
      ])
  }

  /// Within one part in a billion of the parcel's area counts as meeting
  /// it (README): 0.1 + 0.2 mu is 0.30000000000000004 in binary, not over
  /// 0.3. 0.1 + 0.20001 = 0.30001 is over; four decimals would show both
  /// as 0.3, so the message shows five.
  @Test func landWithinOnePartInABillionOfTheAreaFits() throws {
    func parcel(_ second: String) -> String {
      minimalParcel(
        """
            <tenants>
              <tenant creditCode="\(Codes.workshop)" area="0.1" unit="mu"/>
              <tenant creditCode="\(Codes.packaging)" area="\(second)" unit="mu"/>
            </tenants>
        """, area: #"<area unit="mu">0.3</area>"#)
    }
    #expect(try decode(parcel("0.2")).messages == [])
    #expect(
      try decode(parcel("0.20001")).errors == [
        Diagnostic(
          at: testLocation(8, 7),
          "tenant has a lease that makes the land rented together 0.30001 mu from the start (it"
            + " has no from date), more than the parcel's 0.3 mu (the leases on lines 7 and 8);"
            + " \(Self.overAreaExpected)")
      ])
  }

  /// A problem with the buildings or the area is reported once, where it
  /// is: the tenancy checks that would build on it are left out.
  @Test func problemsElsewhereAreNotReportedAgainAtTheTenants() throws {
    let badBuilding = try decode(
      minimalParcel(
        """
            <tenants><tenant creditCode="\(Codes.workshop)" floorArea="3000"/></tenants>
            <buildings><building use="production" floorArea="lots"/></buildings>
        """))
    #expect(
      badBuilding.messages == [
        #"building has floorArea "lots"; expected a decimal number of 0 or more, such as 12.5"#
      ])
    let badArea = try decode(
      minimalParcel(
        #"    <tenants><tenant creditCode="\#(Codes.workshop)" area="90000"/></tenants>"#,
        area: #"<area unit="m2">0</area>"#))
    #expect(
      badArea.messages == [
        #"area has value "0"; expected a decimal number greater than 0, such as 12.5"#
      ])
  }
}
