public import Land
public import XMLStream

/// One threshold checked against one indicator of one parcel, with the row
/// that decided it and a sentence a person can read.
public struct Finding: Sendable, Hashable {
  public var indicator: Indicator
  public var status: FindingStatus
  /// The parcel's value in the indicator's unit; nil when there is no data.
  public var value: Double?
  /// The bounds checked, in the indicator's unit.
  public var min: Double?
  public var max: Double?
  /// Where the deciding row is: rule-set file name, line and column.
  public var rule: SourceLocation
  /// The id of the rule set the row belongs to (a base may differ from the run's).
  public var ruleSetID: String
  /// The policy text the row transcribes, when the rule set names it.
  public var source: String?
  public var message: String

  public init(
    indicator: Indicator, status: FindingStatus, value: Double?, min: Double?, max: Double?,
    rule: SourceLocation, ruleSetID: String, source: String?, message: String
  ) {
    self.indicator = indicator
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
