public import XMLStream

/// A firm renting part of a parcel from its holder (`records.md`, version
/// 1.1, "Tenants on a parcel"): by floor area in the buildings, or by land.
/// A decoded tenant has exactly one of ``floorArea`` and ``area``.
public struct Tenant: Sendable, Hashable {
  /// The tenant's 18-character unified social credit code (统一社会信用代码).
  public var creditCode: String
  /// The tenant's name, the element's text.
  public var name: String
  /// Floor area rented, m² as built (not doubled for storeys over 8 m).
  public var floorArea: Double?
  /// Land rented, where the lease states land rather than floor; the unit
  /// is m² unless the record says otherwise.
  public var area: Area?
  /// The first day of the lease; nil: in force from the beginning.
  public var from: CivilDate?
  /// The last day of the lease (inclusive); nil: in force to the end.
  public var to: CivilDate?
  /// Where the tenant's start tag is.
  public var location: SourceLocation

  public init(
    creditCode: String, name: String, floorArea: Double? = nil, area: Area? = nil,
    from: CivilDate? = nil, to: CivilDate? = nil, location: SourceLocation
  ) {
    self.creditCode = creditCode
    self.name = name
    self.floorArea = floorArea
    self.area = area
    self.from = from
    self.to = to
    self.location = location
  }
}
