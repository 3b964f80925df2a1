/// How a scheme shares a parcel's land between its holder and its tenants
/// (`records.md`, version 1.1, "Tenants on a parcel": the rule set's
/// `tenantLand` attribute, default `apportion`).
public enum TenantLand: String, Sendable, Hashable, CaseIterable {
  /// Each tenant uses the land it rents; the holder keeps the rest.
  case apportion
  /// The holder keeps the whole parcel; its tenants use none of it.
  case holder
}
