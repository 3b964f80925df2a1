public import Expressions

/// What an enterprise's expressions may name beyond a parcel's
/// (``ParcelFigure``): its tenants and land, for a scheme's `when` and
/// `<adjust>` (Wenling's rent-out deductions: a landlord's points by
/// tenant count and scale, `domain.md`).
public enum EnterpriseFigure: String, Sendable, CaseIterable {
  /// Tenant firms on the parcels it holds, in the evaluated year.
  case tenants
  /// Those of them above, and below, designated size (a tenant of unknown
  /// scale counts in neither).
  case tenantsAbove, tenantsBelow
  /// Parcels it holds.
  case parcels
  /// Land it holds (its share of its parcels), and land it rents, in mu.
  case heldMu, rentedMu

  public var type: ExpressionType { .number }
}
