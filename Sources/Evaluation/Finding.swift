public import Land
public import XMLStream

/// One threshold checked against one indicator of one parcel, with the row
/// that decided it and a sentence a person can read.
///
/// Equal, and hashed, by its facts and the text of its sentence, however
/// the sentence is held (``FindingText``).
public struct Finding: Sendable, Hashable {
  public var indicator: Indicator
  public var status: FindingStatus
  /// The parcel's value in the indicator's unit; nil when there is no data.
  public var value: Double?
  /// The bounds checked, in the indicator's unit.
  public var min: Double?
  public var max: Double?
  /// Where the deciding row is: rule-set file name, line and column.
  public var rule: SourceLocation {
    get { citation.rule }
    set {
      citation = FindingCitation(rule: newValue, ruleSetID: ruleSetID, source: source, row: nil)
    }
  }
  /// The id of the rule set the row belongs to (a base may differ from the run's).
  public var ruleSetID: String {
    get { citation.ruleSetID }
    set { citation = FindingCitation(rule: rule, ruleSetID: newValue, source: source, row: nil) }
  }
  /// The policy text the row transcribes, when the rule set names it.
  public var source: String? {
    get { citation.source }
    set { citation = FindingCitation(rule: rule, ruleSetID: ruleSetID, source: newValue, row: nil) }
  }
  /// The sentence, written out or as its parts.
  public var text: FindingText
  /// The position, in the rule set's ``RuleSet/rows``, of the row the
  /// finding cites (its `rule`, `ruleSetID` and `source`); nil for a
  /// finding made otherwise, or whose citation was changed since. A hint
  /// for writers that render each row's part once
  /// (``Evaluator/finding(_:_:row:min:max:)``); not part of the finding's
  /// equality.
  public var row: Int? { citation.row }
  /// The row's place, rule set id and source, shared by the findings that
  /// cite the same row.
  var citation: FindingCitation
  /// The sentence (made from its parts when it is held as such).
  public var message: String {
    get { text.text }
    set { text = .written(newValue) }
  }

  public init(
    indicator: Indicator, status: FindingStatus, value: Double?, min: Double?, max: Double?,
    rule: SourceLocation, ruleSetID: String, source: String?, message: String
  ) {
    self.init(
      indicator: indicator, status: status, value: value, min: min, max: max, rule: rule,
      ruleSetID: ruleSetID, source: source, text: .written(message))
  }

  /// A finding whose sentence is held as ``text``.
  init(
    indicator: Indicator, status: FindingStatus, value: Double?, min: Double?, max: Double?,
    rule: SourceLocation, ruleSetID: String, source: String?, text: FindingText
  ) {
    self.init(
      indicator: indicator, status: status, value: value, min: min, max: max,
      citation: FindingCitation(rule: rule, ruleSetID: ruleSetID, source: source, row: nil),
      text: text)
  }

  /// A finding citing `citation`, which other findings may share.
  init(
    indicator: Indicator, status: FindingStatus, value: Double?, min: Double?, max: Double?,
    citation: FindingCitation, text: FindingText
  ) {
    self.indicator = indicator
    self.status = status
    self.value = value
    self.min = min
    self.max = max
    self.citation = citation
    self.text = text
  }

  public static func == (lhs: Finding, rhs: Finding) -> Bool {
    lhs.indicator == rhs.indicator && lhs.status == rhs.status && lhs.value == rhs.value
      && lhs.min == rhs.min && lhs.max == rhs.max
      && (lhs.citation === rhs.citation
        || (lhs.rule == rhs.rule && lhs.ruleSetID == rhs.ruleSetID && lhs.source == rhs.source))
      && lhs.message == rhs.message
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(indicator)
    hasher.combine(status)
    hasher.combine(value)
    hasher.combine(min)
    hasher.combine(max)
    hasher.combine(rule)
    hasher.combine(ruleSetID)
    hasher.combine(source)
    hasher.combine(message)
  }

  /// `file:line`, the form verdicts cite a rule row in.
  public var ruleReference: String { "\(rule.file):\(rule.line)" }
}
