/// One of a firm's per-mu indicators as the run computed it.
public struct HistoryIndicator: Sendable, Hashable {
  /// The indicator's name (`taxPerMu`, `revenuePerMu`…).
  public var name: String
  /// Its value; nil when there was no data to compute it from, kept as
  /// NULL (never as 0, which would be a figure).
  public var value: Double?

  public init(name: String, value: Double?) {
    self.name = name
    self.value = value
  }
}
