/// The land a tenant uses (`records.md`, version 1.1, "Tenants on a
/// parcel"), and when.
extension Tenant {
  /// True when the lease is in force on some day of `year` (1 January to
  /// 31 December): it starts no later than the year's end and ends no
  /// earlier than its start. A lease without `from` runs from the
  /// beginning, one without `to` to the end.
  func leaseOverlaps(year: Int) -> Bool {
    (from.map { $0.year <= year } ?? true) && (to.map { $0.year >= year } ?? true)
  }

  /// The land the tenant uses on a parcel of `parcelMu` mu whose
  /// buildings' total floor area as built is `floorAreaAsBuilt` m², in
  /// mu: its ``area``, else `parcelMu` × ``floorArea`` ÷
  /// `floorAreaAsBuilt`. nil when it has neither, or rents floor on a
  /// parcel without a floor area greater than 0 to share by.
  func landMu(parcelMu: Double, floorAreaAsBuilt: Double?) -> Double? {
    if let area { return area.mu }
    guard let floorArea, let floorAreaAsBuilt, floorAreaAsBuilt > 0 else { return nil }
    let mu = parcelMu * floorArea / floorAreaAsBuilt
    return mu.isFinite ? mu : nil
  }
}
