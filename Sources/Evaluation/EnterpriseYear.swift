public import Land

/// The year whose enterprises a run gathers, and how tenants' land counts
/// (records.md 1.1: apportioned, or left with the holder).
public struct EnterpriseYear: Sendable, Hashable {
  public var year: Int
  public var tenantLand: TenantLand

  public init(year: Int, tenantLand: TenantLand = .apportion) {
    self.year = year
    self.tenantLand = tenantLand
  }
}
