public import Land
public import XMLStream

/// A `<threshold>` on a custom indicator. It applies like a built-in row
/// (sector, district and zone prefixes; the most specific applicable row
/// sets each side), with bounds in the custom indicator's own unit.
public struct CustomThresholdRow: Sendable, Hashable {
  public var indicator: String
  public var sector: String
  public var district: String?
  public var zone: ZoneLevel?
  public var min: Double?
  public var max: Double?
  public var source: String?
  public var condition: Condition?
  public var location: SourceLocation
  public var ruleSetID: String

  public init(
    indicator: String, sector: String, district: String? = nil, zone: ZoneLevel? = nil,
    min: Double? = nil, max: Double? = nil, source: String? = nil, condition: Condition? = nil,
    location: SourceLocation, ruleSetID: String
  ) {
    self.indicator = indicator
    self.sector = sector
    self.district = district
    self.zone = zone
    self.min = min
    self.max = max
    self.source = source
    self.condition = condition
    self.location = location
    self.ruleSetID = ruleSetID
  }

  /// Whether the row's sector, district and zone fit a parcel's.
  public func applies(
    sector parcelSector: String, district parcelDistrict: String, zone parcelZone: ZoneLevel?
  )
    -> Bool
  {
    guard parcelSector.hasPrefix(sector) else { return false }
    if let zone, zone != parcelZone { return false }
    if let district, !parcelDistrict.hasPrefix(district) { return false }
    return true
  }

  /// Sector prefix length, district prefix length, zone given, condition
  /// given: the larger is more specific.
  public var specificity: (Int, Int, Int, Int) {
    (sector.count, district?.count ?? 0, zone == nil ? 0 : 1, condition == nil ? 0 : 1)
  }
}
