/// A power surcharge on the evaluated year's electricity.
public struct SurchargeResult: Sendable, Hashable {
  /// CNY per kWh.
  public var perKWh: Double
  /// The year's electricity; nil when the record has no figure.
  public var kWh: Double?
  /// perKWh × kWh in CNY; nil without electricity.
  public var amount: Double?
  /// How it was decided and computed, in words.
  public var basis: String

  public init(perKWh: Double, kWh: Double?, amount: Double?, basis: String) {
    self.perKWh = perKWh
    self.kWh = kWh
    self.amount = amount
    self.basis = basis
  }
}
