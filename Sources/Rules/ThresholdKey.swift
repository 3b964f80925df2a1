public import Land

/// What a threshold row applies to. A rule set has at most one row per key;
/// a row of a rule set replaces its base's row with the same key.
public struct ThresholdKey: Sendable, Hashable, CustomStringConvertible {
  public var indicator: Indicator
  public var sector: String
  public var district: String?
  public var zone: ZoneLevel?

  public init(indicator: Indicator, sector: String, district: String? = nil, zone: ZoneLevel? = nil)
  {
    self.indicator = indicator
    self.sector = sector
    self.district = district
    self.zone = zone
  }

  /// `plotRatio on sector C13, district 5101, zone national`.
  public var description: String {
    var text = "\(indicator.rawValue) on sector \(sector)"
    if let district { text += ", district \(district)" }
    if let zone { text += ", zone \(zone.rawValue)" }
    return text
  }
}
