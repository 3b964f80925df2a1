/// How and when the land was supplied (`records.md`, `supply`).
public struct Supply: Sendable, Hashable {
  public var method: SupplyMethod?
  public var date: CivilDate?
  /// The term of the land-use right in whole years.
  public var termYears: Int?
  /// The land price in 10k CNY: the base of contract damages.
  public var price: Double?

  public init(
    method: SupplyMethod? = nil, date: CivilDate? = nil, termYears: Int? = nil,
    price: Double? = nil
  ) {
    self.method = method
    self.date = date
    self.termYears = termYears
    self.price = price
  }
}
