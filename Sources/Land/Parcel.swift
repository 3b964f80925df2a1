public import XMLStream

/// One industrial land parcel as a land record describes it
/// (`records.md`, `parcel`), in the order of the record's elements.
public struct Parcel: Sendable, Hashable {
  /// The parcel's unique id (an electronic supervision number or the
  /// bureau's own).
  public var id: String
  public var name: String?
  public var district: District
  public var zone: Zone?
  /// The site area; every per-mu figure uses it converted to mu.
  public var area: Area
  public var sector: Sector
  public var holder: Holder?
  /// The firms renting part of the parcel, in document order; empty when
  /// the record has no `tenants` element.
  public var tenants: [Tenant]
  public var supply: Supply?
  public var contract: Contract?
  public var construction: Construction?
  public var site: Site?
  /// nil when the record has no `buildings` element; empty when it has one
  /// with no buildings in it.
  public var buildings: [Building]?
  public var investment: Investment?
  /// In document order; no two have the same year.
  public var performance: [Performance]
  public var events: [Event]
  public var ratings: [Rating]
  /// Where the parcel's start tag is.
  public var location: SourceLocation

  public init(
    id: String, name: String? = nil, district: District, zone: Zone? = nil, area: Area,
    sector: Sector, holder: Holder? = nil, tenants: [Tenant] = [], supply: Supply? = nil,
    contract: Contract? = nil,
    construction: Construction? = nil, site: Site? = nil, buildings: [Building]? = nil,
    investment: Investment? = nil, performance: [Performance] = [], events: [Event] = [],
    ratings: [Rating] = [], location: SourceLocation
  ) {
    self.id = id
    self.name = name
    self.district = district
    self.zone = zone
    self.area = area
    self.sector = sector
    self.holder = holder
    self.tenants = tenants
    self.supply = supply
    self.contract = contract
    self.construction = construction
    self.site = site
    self.buildings = buildings
    self.investment = investment
    self.performance = performance
    self.events = events
    self.ratings = ratings
    self.location = location
  }

  /// The figures for one year, if the record has them.
  public func performance(for year: Int) -> Performance? {
    performance.first { $0.year == year }
  }

  /// The latest year the record has figures for.
  public var latestPerformanceYear: Int? {
    // In place: `map` made an array of the years for every parcel.
    var latest: Int?
    for index in performance.indices where latest.map({ performance[index].year > $0 }) ?? true {
      latest = performance[index].year
    }
    return latest
  }
}
