/// An enterprise's result in one year: a point of its trend over the years.
public struct HistoryEnterpriseYear: Sendable, Hashable {
  /// The performance year.
  public var year: Int
  /// The enterprise's result that year.
  public var enterprise: HistoryEnterprise

  public init(year: Int, enterprise: HistoryEnterprise) {
    self.year = year
    self.enterprise = enterprise
  }
}
