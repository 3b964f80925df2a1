public import Land
public import XMLStream

/// One `<threshold>` of a rule set: a bound on an indicator for parcels
/// whose sector code starts with `sector`, whose district code starts with
/// `district` (when given) and whose zone is `zone` (when given).
public struct ThresholdRow: Sendable, Hashable {
  public var indicator: Indicator
  /// GB/T 4754 code prefix: a letter and up to four digits (`C`, `C29`, `C2927`).
  public var sector: String
  /// GB/T 2260 code prefix of 2 to 6 digits (`51`, `5101`, `510116`).
  public var district: String?
  public var zone: ZoneLevel?
  /// The lower bound in the indicator's unit (`indicator.unit`).
  public var min: Double?
  /// The upper bound in the indicator's unit.
  public var max: Double?
  /// The `min` attribute as written.
  public var writtenMin: String?
  /// The `max` attribute as written.
  public var writtenMax: String?
  /// The unit the bounds are written in: the `unit` attribute, or the
  /// indicator's unit when it is left out.
  public var writtenUnit: IndicatorUnit
  /// The policy row this threshold transcribes.
  public var source: String?
  /// The `when` condition: the row applies only to parcels it is true for.
  public var condition: Condition?
  /// Where the row's start tag is; `file` is the rule file's last path component.
  public var location: SourceLocation
  /// The id of the rule set the row is written in (a base's, when inherited).
  public var ruleSetID: String
  /// First day the row applies (`from`, `YYYY-MM-DD`); nil: no row-level start.
  public var effectiveFrom: String? = nil
  /// Last day the row applies (`until`, `YYYY-MM-DD`); nil: no row-level end.
  public var effectiveUntil: String? = nil

  public init(
    indicator: Indicator, sector: String, district: String? = nil, zone: ZoneLevel? = nil,
    min: Double? = nil, max: Double? = nil, writtenMin: String? = nil, writtenMax: String? = nil,
    writtenUnit: IndicatorUnit? = nil, source: String? = nil, condition: Condition? = nil,
    location: SourceLocation,
    ruleSetID: String
  ) {
    self.indicator = indicator
    self.sector = sector
    self.district = district
    self.zone = zone
    self.min = min
    self.max = max
    self.writtenMin = writtenMin
    self.writtenMax = writtenMax
    self.writtenUnit = writtenUnit ?? indicator.unit
    self.source = source
    self.condition = condition
    self.location = location
    self.ruleSetID = ruleSetID
  }

  public var key: ThresholdKey {
    ThresholdKey(
      indicator: indicator, sector: sector, district: district, zone: zone,
      when: condition?.source)
  }
}
