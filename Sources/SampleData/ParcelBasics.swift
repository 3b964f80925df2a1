/// The first draws of a synthetic record: its defect, district, sector,
/// year of grant and site area. The department files (``DepartmentSample``)
/// need a parcel's area without writing its record, so the record and they
/// both start here, with the same draws in the same order.
struct ParcelBasics {
  /// The record's generator, after these draws: the record goes on with it.
  var rng: SplitMix64
  var defect: Defect?
  var district: (code: String, name: String)
  var sector: (code: String, name: String)
  var grantYear: Int
  /// Site area in mu (0.1 mu steps) and in m².
  var mu: Double
  var squareMetres: Double

  init(seed: UInt64, index: Int, brokenShare: Double) {
    var rng = SplitMix64(seed: seed, index: index)
    defect = brokenShare > 0 && rng.chance(brokenShare) ? rng.pick(Defect.all) : nil
    district = rng.pick(ChengduCatalogue.districts)
    sector = rng.pick(ChengduCatalogue.sectors)
    grantYear = rng.int(2008...2022)
    // Site area: log-normal, median 40 mu (a mid-sized plant), 3 to 1500 mu.
    let mu = min(max(rng.logNormal(median: 40, sigma: 0.8), 3), 1500).rounded(toPlaces: 1)
    self.mu = mu
    squareMetres = (mu * 10000 / 15).rounded()
    self.rng = rng
  }
}
