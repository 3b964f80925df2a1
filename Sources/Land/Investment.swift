/// Investment in the project (`records.md`, `investment`).
public struct Investment: Sendable, Hashable {
  /// Cumulative fixed-asset investment including the land price, 10k CNY.
  public var fixedAssets: Double?

  public init(fixedAssets: Double? = nil) {
    self.fixedAssets = fixedAssets
  }
}
