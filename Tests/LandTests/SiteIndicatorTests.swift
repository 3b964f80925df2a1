import Land
import Testing

/// Density, coefficient, admin and green shares on a 30000 m² site.
@Suite struct SiteIndicatorTests {
  @Test func apportionedAdminShare() {
    // No site adminArea: share out by floor area as built (no 8 m doubling).
    let parcel = TestParcels.parcel(
      site: Site(greenArea: 1000),
      buildings: [
        Building(use: .production, floorArea: 24000, storeys: 2),
        Building(use: .production, storeyList: [Storey(area: 6000, height: 9.5)]),  // 6000
        Building(use: .admin, floorArea: 3000, storeys: 4),
        Building(use: .living, floorArea: 1000, storeys: 2),
      ])
    // (3000 + 1000) ÷ (24000 + 6000 + 3000 + 1000) = 4000 ÷ 34000 = 2/17 ≈ 0.1176
    // (with the doubling it would be 4000 ÷ 40000 = 0.1)
    #expect(isClose(parcel.indicators()[.adminShare].value, 4.0 / 34.0))
  }

  @Test func adminFloorShareIsAdminAndLivingFloorOverAllFloorEvenWithAdminLandGiven() {
    // adminArea on the site decides adminShare (1500 ÷ 30000 = 0.05) but not
    // the floor share: (3000 + 1000) ÷ (24000 + 6000 + 3000 + 1000) = 2/17.
    let parcel = TestParcels.parcel(
      site: Site(adminArea: 1500),
      buildings: [
        Building(use: .production, floorArea: 24000, storeys: 2),
        Building(use: .production, storeyList: [Storey(area: 6000, height: 9.5)]),
        Building(use: .admin, floorArea: 3000, storeys: 4),
        Building(use: .living, floorArea: 1000, storeys: 2),
      ])
    #expect(isClose(parcel.indicators()[.adminShare].value, 0.05))
    #expect(isClose(parcel.indicators()[.adminFloorShare].value, 4.0 / 34.0))
    let none = TestParcels.parcel(buildings: nil)
    #expect(
      none.indicators()[.adminFloorShare]
        == .noData(reason: "the record does not list its buildings"))
    let empty = TestParcels.parcel(buildings: [])
    #expect(
      empty.indicators()[.adminFloorShare]
        == .noData(reason: "the buildings' total floor area is 0"))
  }

  @Test func adminShareWithoutData() {
    let none = TestParcels.parcel(buildings: nil)
    #expect(
      none.indicators()[.adminShare]
        == .noData(reason: "the site has no adminArea and the record does not list its buildings"))
    let empty = TestParcels.parcel(buildings: [])
    #expect(
      empty.indicators()[.adminShare]
        == .noData(reason: "the site has no adminArea and the buildings' total floor area is 0"))
    let missing = TestParcels.parcel(buildings: [Building(id: "B9", use: .admin)])
    #expect(
      missing.indicators()[.adminShare]
        == .noData(reason: "building B9 has neither floorArea nor storeys"))
  }

  @Test func emptyBuildingsGiveZeroFootprints() {
    let parcel = TestParcels.parcel(site: Site(structureArea: 600, yardArea: 2400), buildings: [])
    let values = parcel.indicators()
    #expect(values[.buildingDensity] == .value(0))  // 0 ÷ 30000
    #expect(isClose(values[.buildingCoefficient].value, 0.1))  // (0 + 600 + 2400) ÷ 30000
  }

  @Test func coefficientWithoutSite() {
    // No structures or yards recorded: they count as 0. 9000 ÷ 30000 = 0.3
    let parcel = TestParcels.parcel(buildings: [Building(use: .production, footprint: 9000)])
    #expect(isClose(parcel.indicators()[.buildingCoefficient].value, 0.3))
  }

  @Test func siteAreasGivenInMu() {
    // 3 mu green = 3 × 10000 ÷ 15 = 2000 m²; ÷ 30000 m² = 1/15 ≈ 0.0667
    let parcel = TestParcels.parcel(site: Site(unit: .mu, greenArea: 3))
    #expect(isClose(parcel.indicators()[.greenRatio].value, 1.0 / 15.0))
  }

  @Test func missingFootprintIsNoData() {
    let parcel = TestParcels.parcel(buildings: [Building(use: .production, floorArea: 100)])
    let values = parcel.indicators()
    #expect(values[.buildingDensity] == .noData(reason: "building #1 has no footprint"))
    #expect(values[.buildingCoefficient] == .noData(reason: "building #1 has no footprint"))
  }

  @Test func missingSiteFiguresAreNoData() {
    let values = TestParcels.parcel().indicators()
    #expect(values[.greenRatio] == .noData(reason: "the site has no greenArea"))
    #expect(values[.investmentIntensity] == .noData(reason: "no fixed-asset investment figure"))
    #expect(values[.fixedAssetInvestment] == .noData(reason: "no fixed-asset investment figure"))
    #expect(values[.buildingDensity] == .noData(reason: "the record does not list its buildings"))
  }

  @Test func zeroSiteAreaIsNoData() {
    // The decoder refuses area 0; a parcel built in code may still have it.
    let parcel = TestParcels.parcel(
      area: Area(0, .mu), site: Site(greenArea: 10), buildings: [],
      investment: Investment(fixedAssets: 100), performance: [Performance(year: 2024, tax: 5)])
    let values = parcel.indicators()
    for indicator in [Indicator.investmentIntensity, .plotRatio, .greenRatio, .taxPerMu] {
      #expect(values[indicator] == .noData(reason: "the site area is 0"))
    }
  }
}
