import Land
import XMLStream

/// Parcels built in code for the indicator tests, with round numbers so
/// that every expected value can be worked out by hand.
enum TestParcels {
  static let here = SourceLocation(file: "test", line: 1, column: 1)

  /// A parcel of `area` with the given layout and figures.
  static func parcel(
    area: Area = Area(30000, .squareMetre), site: Site? = nil, buildings: [Building]? = nil,
    investment: Investment? = nil, performance: [Performance] = []
  ) -> Parcel {
    Parcel(
      id: "T1", district: District(code: "510116", name: "双流区"), area: area,
      sector: Sector(code: "C3971", name: "电子元件"), site: site, buildings: buildings,
      investment: investment, performance: performance, location: here)
  }

  /// 3 ha = 45 mu = 30000 m², with three buildings, a full site and two
  /// performance years.
  static let complete = parcel(
    area: Area(3, .hectare),
    site: Site(greenArea: 3000, adminArea: 1800, structureArea: 600, yardArea: 1500),
    buildings: [
      Building(
        id: "B1", use: .production, footprint: 12000, floorArea: 24000, storeys: 2, height: 15.5),
      Building(
        id: "B2", use: .production, footprint: 6000, storeyList: [Storey(area: 6000, height: 9.5)]),
      Building(id: "B3", use: .admin, footprint: 900, floorArea: 3000, storeys: 4, height: 16),
    ],
    investment: Investment(fixedAssets: 13500),
    performance: [
      Performance(
        year: 2024, revenue: 45000, output: 54000, valueAdded: 9000, tax: 1350, energy: 3000,
        electricity: 5_000_000, emissions: 12, rnd: 1350, employees: 300),
      Performance(year: 2023, tax: 900),
    ])
}
