/// A figure changed after publication (an objection upheld, 异议复核): which
/// firm, year and field, from what to what, why and on whose authority. Kept
/// in the history for good, as its audit trail: a rerun of the year does not
/// remove it.
public struct HistoryCorrection: Sendable, Hashable {
  /// The performance year the correction is for.
  public var year: Int
  /// The firm's unified social credit code.
  public var code: String
  /// The corrected field (`tax`, `areaMu`…).
  public var field: String
  /// The value before the correction; nil when there was none.
  public var oldValue: Double?
  /// The value after it; nil when the correction removes the figure.
  public var newValue: Double?
  /// Why the figure was changed, as the corrections file says.
  public var reason: String
  /// The document number that decided it (黄经信〔2024〕12号).
  public var document: String
  /// The date the correction was applied (ISO 8601, `2025-03-14`).
  public var appliedOn: String
  /// Where the correction was read: `FILE:ROW` of the corrections file.
  public var source: String

  public init(
    year: Int, code: String, field: String, oldValue: Double?, newValue: Double?,
    reason: String, document: String, appliedOn: String, source: String
  ) {
    self.year = year
    self.code = code
    self.field = field
    self.oldValue = oldValue
    self.newValue = newValue
    self.reason = reason
    self.document = document
    self.appliedOn = appliedOn
    self.source = source
  }
}
