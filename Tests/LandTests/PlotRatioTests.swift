import Land
import Testing

/// The 8 m rule: a storey (or a single-storey building) higher than 8 m
/// counts its floor area twice; exactly 8 m counts once. Site 10000 m².
@Suite struct PlotRatioTests {
  func plotRatio(_ buildings: [Building]) -> Reading {
    TestParcels.parcel(area: Area(10000, .squareMetre), buildings: buildings)
      .indicators()[.plotRatio]
  }

  @Test func storeyChildren() {
    let building = Building(
      use: .production,
      storeyList: [
        Storey(area: 1000, height: 8.0),  // exactly 8 m: once → 1000
        Storey(area: 1000, height: 8.5),  // over 8 m: twice → 2000
        Storey(area: 500),  // no height: once → 500
      ])
    #expect(building.countedFloorArea == 3500)  // 1000 + 2000 + 500
    #expect(building.actualFloorArea == 2500)  // 1000 + 1000 + 500
    #expect(isClose(plotRatio([building]).value, 0.35))  // 3500 ÷ 10000
  }

  @Test func storeyChildrenOverrideFloorArea() {
    // floorArea 9999 is ignored: the storeys' areas are the floor area.
    let building = Building(
      use: .production, floorArea: 9999, storeyList: [Storey(area: 4000, height: 8.0)])
    #expect(isClose(plotRatio([building]).value, 0.4))  // 4000 ÷ 10000
  }

  @Test(arguments: [(8.0, 0.5), (8.5, 1.0)])
  func singleStoreyBuilding(_ height: Double, _ expected: Double) {
    // 8.0 m: 5000 once → 5000 ÷ 10000 = 0.5; 8.5 m: twice → 10000 ÷ 10000 = 1.0
    let building = Building(use: .warehouse, floorArea: 5000, storeys: 1, height: height)
    #expect(isClose(plotRatio([building]).value, expected))
  }

  @Test func singleStoreyByFootprint() {
    // No storeys: floor area 5000 ≤ footprint 5000 means one storey;
    // 8.5 m high → twice: 10000 ÷ 10000 = 1.0
    let single = Building(use: .warehouse, footprint: 5000, floorArea: 5000, height: 8.5)
    #expect(single.isSingleStorey)
    #expect(isClose(plotRatio([single]).value, 1.0))
    // Floor area 5000 > footprint 2500: more than one storey → once: 0.5
    let multi = Building(use: .warehouse, footprint: 2500, floorArea: 5000, height: 9)
    #expect(!multi.isSingleStorey)
    #expect(isClose(plotRatio([multi]).value, 0.5))
    // No storeys, no footprint: cannot tell → once: 0.5
    let unknown = Building(use: .warehouse, floorArea: 5000, height: 9)
    #expect(isClose(plotRatio([unknown]).value, 0.5))
  }

  @Test func tallMultiStoreyBuildingCountsOnce() {
    // 2 storeys, 15.5 m: the building is not single-storey → 6000 once: 0.6
    let building = Building(use: .production, floorArea: 6000, storeys: 2, height: 15.5)
    #expect(isClose(plotRatio([building]).value, 0.6))
  }

  @Test func noBuildingsElementIsNoData() {
    #expect(plotRatio([]) == .value(0))  // present but empty: 0 ÷ 10000
    let parcel = TestParcels.parcel(buildings: nil)
    #expect(
      parcel.indicators()[.plotRatio] == .noData(reason: "the record does not list its buildings"))
  }

  @Test func buildingWithoutFloorAreaIsNoData() {
    let named = Building(id: "B7", use: .production, footprint: 100, storeys: 2)
    #expect(
      plotRatio([named]) == .noData(reason: "building B7 has neither floorArea nor storeys"))
    let unnamed = [Building(use: .admin, floorArea: 100), Building(use: .other, footprint: 1)]
    #expect(plotRatio(unnamed) == .noData(reason: "building #2 has neither floorArea nor storeys"))
  }
}
