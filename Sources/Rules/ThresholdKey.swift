public import Land

/// What a threshold row applies to. A rule set has at most one row per key;
/// a row of a rule set replaces its base's row with the same key.
public struct ThresholdKey: Sendable, Hashable, CustomStringConvertible {
  public var indicator: Indicator
  public var sector: String
  public var district: String?
  public var zone: ZoneLevel?
  /// The row's `when` condition as written; rows with different conditions differ.
  public var when: String?

  public init(
    indicator: Indicator, sector: String, district: String? = nil, zone: ZoneLevel? = nil,
    when: String? = nil
  ) {
    self.indicator = indicator
    self.sector = sector
    self.district = district
    self.zone = zone
    self.when = when
  }

  /// `plotRatio on sector C13, district 5101, zone national`.
  public var description: String {
    var text = "\(indicator.rawValue) on sector \(sector)"
    if let district { text += ", district \(district)" }
    if let zone { text += ", zone \(zone.rawValue)" }
    if let when { text += ", when \(when)" }
    return text
  }
}
