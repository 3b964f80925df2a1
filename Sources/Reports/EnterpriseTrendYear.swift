/// One earlier year of an enterprise's evaluation, as the history keeps
/// it, for the trend on its one-firm sheet (``EnterpriseSheet``). Every
/// figure but the year may be missing: a year the firm was not scored, or
/// a history written before a column existed.
public struct EnterpriseTrendYear: Sendable, Hashable {
  public var year: Int
  /// The class as the history writes it: `A`–`D`, `T` when exempt; any
  /// other text is shown as written.
  public var `class`: String?
  public var score: Double?
  /// The rank within its group, and how many firms were ranked there.
  public var rank: Int?
  public var of: Int?
  /// The land it was scored on, in mu.
  public var areaMu: Double?
  /// Tax per mu and value added per mu, 万元/亩.
  public var taxPerMu: Double?
  public var valueAddedPerMu: Double?

  public init(
    year: Int, class: String? = nil, score: Double? = nil, rank: Int? = nil, of: Int? = nil,
    areaMu: Double? = nil, taxPerMu: Double? = nil, valueAddedPerMu: Double? = nil
  ) {
    self.year = year
    self.class = `class`
    self.score = score
    self.rank = rank
    self.of = of
    self.areaMu = areaMu
    self.taxPerMu = taxPerMu
    self.valueAddedPerMu = valueAddedPerMu
  }
}
