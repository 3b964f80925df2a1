/// One of a firm's figures as the run used it: tax, revenue, electricity…
public struct HistoryFigure: Sendable, Hashable {
  /// The figure's field, as `<performance>` names it (`tax`, `revenue`,
  /// `electricity`…).
  public var field: String
  /// The value in the field's default unit (money in 万元, energy in tce,
  /// electricity in kWh, emissions in t); nil when the run had no data for
  /// it (an empty or bad cell), kept as NULL.
  public var value: Double?
  /// Where the value came from (`tax-2024.xlsx:Sheet1!17`, `tax.csv:12`),
  /// nil when the run did not say.
  public var source: String?

  public init(field: String, value: Double?, source: String? = nil) {
    self.field = field
    self.value = value
    self.source = source
  }
}
