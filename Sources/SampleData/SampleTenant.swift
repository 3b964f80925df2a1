/// A firm renting part of a synthetic parcel (records.md 1.1, "Tenants on
/// a parcel"): a share of the buildings' floor area or of the land, and
/// its lease. Drawn from a stream of its own, so that the rest of the
/// record is what a run without firms writes.
struct SampleTenant {
  var firm: SampleFirm
  /// The part of the floor area as built (``byFloor``) or of the land it
  /// rents: 0.05 to 0.25, so that two tenants never rent more than half.
  var share: Double
  var byFloor: Bool
  var from: Day
  var to: Day?

  /// The evaluated year of the synthetic records (their last performance year).
  static let year = 2024

  /// Mixed into the seed for the tenants.
  static let salt: UInt64 = 0x7465_6E61_6E74_7321

  /// True when the lease is in force on some day of ``year``: the firm is
  /// an enterprise of a run for that year. About one lease in seven ended
  /// before it.
  var isInForce: Bool {
    from.year <= Self.year && (to.map { $0.year >= Self.year } ?? true)
  }

  /// The tenants of parcel `index`: none on 85% of parcels, else one or
  /// two; 60% rent floor area, the others land.
  static func tenants(ofParcel index: Int, seed: UInt64) -> [SampleTenant] {
    var rng = SplitMix64(seed: seed ^ salt, index: index)
    guard rng.chance(0.15) else { return [] }
    return (0..<rng.int(1...2)).map { slot in
      let byFloor = rng.chance(0.6)
      let share = (0.05 + 0.2 * rng.unit()).rounded(toPlaces: 2)
      let month = rng.int(1...12)
      let day = rng.int(1...28)
      let from: Day
      let to: Day?
      if rng.chance(0.15) {
        // Ended before the evaluated year: no enterprise of the run.
        from = Day(year: rng.int(2015...2019), month: month, day: day)
        to = Day(year: rng.int(2021...2023), month: month, day: day)
      } else {
        from = Day(year: rng.int(2018...2024), month: month, day: day)
        to = rng.chance(0.3) ? nil : Day(year: rng.int(2025...2030), month: month, day: day)
      }
      return SampleTenant(
        firm: .tenant(parcel: index, slot: slot), share: share, byFloor: byFloor, from: from,
        to: to)
    }
  }
}
