public import Land
public import XMLStream

/// A differentiated power price (`<surcharge>`): `perKWh` CNY on each kWh
/// of the evaluated year's electricity for parcels of `class`; with
/// `consecutiveYears` n, only when this year's class and the past ratings
/// of the n − 1 years before are all `class` (the most demanding matching
/// surcharge wins).
public struct ScoringSurcharge: Sendable, Hashable {
  public var `class`: RatingClass
  public var perKWh: Double
  public var consecutiveYears: Int?
  public var source: String?
  public var location: SourceLocation

  public init(
    class: RatingClass, perKWh: Double, consecutiveYears: Int? = nil, source: String? = nil,
    location: SourceLocation
  ) {
    self.class = `class`
    self.perKWh = perKWh
    self.consecutiveYears = consecutiveYears
    self.source = source
    self.location = location
  }
}
