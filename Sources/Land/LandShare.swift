/// The land one firm uses on one parcel in an evaluated year
/// (``Parcel/landShares(in:tenantLand:)``).
public struct LandShare: Sendable, Hashable {
  /// Whether the firm holds the parcel or rents part of it.
  public enum Role: String, Sendable, Hashable, CaseIterable {
    case holder
    case tenant
  }

  /// The firm's unified social credit code; nil for a holder the record
  /// gives no code (its land is "land without a code" to the caller).
  public var creditCode: String?
  /// The firm's name as the record writes it; nil when the parcel has no
  /// `holder` element.
  public var name: String?
  /// The land the firm uses, in mu.
  public var mu: Double
  public var role: Role

  public init(creditCode: String?, name: String?, mu: Double, role: Role) {
    self.creditCode = creditCode
    self.name = name
    self.mu = mu
    self.role = role
  }
}
