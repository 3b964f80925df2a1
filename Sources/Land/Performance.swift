/// One year's figures (`records.md`, `performance`).
public struct Performance: Sendable, Hashable {
  public var year: Int
  /// Main-business revenue, 10k CNY.
  public var revenue: Double?
  /// Output value, 10k CNY.
  public var output: Double?
  /// Industrial value added, 10k CNY.
  public var valueAdded: Double?
  /// Taxes paid, 10k CNY.
  public var tax: Double?
  /// Energy use, tce.
  public var energy: Double?
  /// Electricity use, kWh.
  public var electricity: Double?
  /// Main-pollutant emissions, t.
  public var emissions: Double?
  /// R&D spending, 10k CNY.
  public var rnd: Double?
  /// Average headcount (may be fractional).
  public var employees: Double?

  public init(
    year: Int, revenue: Double? = nil, output: Double? = nil, valueAdded: Double? = nil,
    tax: Double? = nil, energy: Double? = nil, electricity: Double? = nil,
    emissions: Double? = nil, rnd: Double? = nil, employees: Double? = nil
  ) {
    self.year = year
    self.revenue = revenue
    self.output = output
    self.valueAdded = valueAdded
    self.tax = tax
    self.energy = energy
    self.electricity = electricity
    self.emissions = emissions
    self.rnd = rnd
    self.employees = employees
  }
}
