public import XMLStream

/// A threshold on a custom indicator checked against one parcel: the same
/// facts as a ``Finding`` on a built-in indicator, with the indicator named
/// by the rule set and its unit as the rule set writes it.
public struct CustomFinding: Sendable, Hashable {
  public var indicator: String
  /// The unit as the rule set writes it; nil when it gives none.
  public var unit: String?
  public var status: FindingStatus
  public var value: Double?
  public var min: Double?
  public var max: Double?
  public var rule: SourceLocation
  public var ruleSetID: String
  public var source: String?
  public var message: String

  public init(
    indicator: String, unit: String?, status: FindingStatus, value: Double?, min: Double?,
    max: Double?, rule: SourceLocation, ruleSetID: String, source: String?, message: String
  ) {
    self.indicator = indicator
    self.unit = unit
    self.status = status
    self.value = value
    self.min = min
    self.max = max
    self.rule = rule
    self.ruleSetID = ruleSetID
    self.source = source
    self.message = message
  }

  /// `file:line`, the form verdicts cite a rule row in.
  public var ruleReference: String { "\(rule.file):\(rule.line)" }
}

/// A custom indicator's value for one parcel, or no data with the reason.
public struct CustomIndicatorValue: Sendable, Hashable {
  public var name: String
  public var unit: String?
  public var value: Double?
  public var noDataReason: String?

  public init(name: String, unit: String?, value: Double?, noDataReason: String?) {
    self.name = name
    self.unit = unit
    self.value = value
    self.noDataReason = noDataReason
  }
}
