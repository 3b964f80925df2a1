import XMLStream

/// What a finding cites: the deciding row's place, the id of its rule set
/// and its policy text. One is made for each threshold row when an
/// ``Evaluator`` is made, and every finding that cites the row holds that
/// one, so that making or copying a finding counts one reference instead of
/// one for each of its strings.
///
/// Measured with `perf record` (release, 200k parcels, 2026-12-06): with
/// the three held in each finding, retaining and releasing them when a
/// finding was made, copied and freed took about 6% of a batch run.
final class FindingCitation: Sendable {
  let rule: SourceLocation
  let ruleSetID: String
  let source: String?
  /// The row's position in its rule set's ``RuleSet/rows``; nil when the
  /// citation was not made from a row.
  let row: Int?

  init(rule: SourceLocation, ruleSetID: String, source: String?, row: Int?) {
    self.rule = rule
    self.ruleSetID = ruleSetID
    self.source = source
    self.row = row
  }
}
