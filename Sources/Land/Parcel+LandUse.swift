/// Who uses the parcel's land in a year (`records.md`, version 1.1,
/// "Tenants on a parcel"): the land each firm's per-mu figures are
/// divided by.
extension Parcel {
  /// The land each firm uses on this parcel in `year`, in mu: the holder
  /// first, then one share for each tenant whose lease is in force on some
  /// day of the year (1 January to 31 December), in document order.
  ///
  /// With ``TenantLand/apportion`` a tenant uses its `area`, else the
  /// parcel's area × its `floorArea` ÷ the buildings' total floor area as
  /// built (not doubled for storeys over 8 m); the holder keeps the
  /// parcel's area less its tenants' land. With ``TenantLand/holder`` the
  /// holder keeps the whole parcel and each tenant has a share of 0.
  ///
  /// A holder without a credit code (or a parcel without `holder`) still
  /// has the first share, with a nil code. Two leases of one tenant in the
  /// year (one after the other: the decoder rejects overlapping ones) make
  /// one share, at the first lease's place, of the larger land: the firm
  /// never used both at once. The holder's share is never below 0: the
  /// decoder rejects leases that together exceed the parcel at any moment,
  /// but leases that follow each other within the year may, counted whole,
  /// add up to more.
  ///
  /// A tenant whose land cannot be worked out (`floorArea` on a parcel
  /// without buildings' floor area, which the decoder rejects; or neither
  /// `floorArea` nor `area`, which it does not decode) has a share of 0.
  public func landShares(in year: Int, tenantLand: TenantLand = .apportion) -> [LandShare] {
    let parcelMu = area.mu
    var shares = [
      LandShare(creditCode: holder?.creditCode, name: holder?.name, mu: parcelMu, role: .holder)
    ]
    guard !tenants.isEmpty else { return shares }
    let floorArea = floorAreaAsBuilt.value
    // The share of each tenant code met so far, by index in `shares`.
    var shareOfCode: [String: Int] = [:]
    var tenantsMu = 0.0
    for tenant in tenants where tenant.leaseOverlaps(year: year) {
      let mu: Double
      switch tenantLand {
      case .apportion: mu = tenant.landMu(parcelMu: parcelMu, floorAreaAsBuilt: floorArea) ?? 0
      case .holder: mu = 0
      }
      if let index = shareOfCode[tenant.creditCode] {
        if mu > shares[index].mu {
          tenantsMu += mu - shares[index].mu
          shares[index].mu = mu
        }
        continue
      }
      shareOfCode[tenant.creditCode] = shares.count
      shares.append(
        LandShare(creditCode: tenant.creditCode, name: tenant.name, mu: mu, role: .tenant))
      tenantsMu += mu
    }
    shares[0].mu = max(0, parcelMu - tenantsMu)
    return shares
  }
}
