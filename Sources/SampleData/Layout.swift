/// The built layout of a synthetic site: buildings and land uses, scaled to
/// the site, with plot ratio, density and shares spread around the national
/// bounds so that some parcels fail each of them.
struct Layout {
  var squareMetres: Double
  var greenArea: Double?
  var adminArea: Double?
  var structureArea: Double
  var yardArea: Double
  /// Production footprint share of the site.
  var density: Double
  var storeys: Int
  var tallHall: Bool
  var withStoreyElements: Bool

  init(squareMetres: Double, rng: inout SplitMix64) {
    self.squareMetres = squareMetres
    // Green ratio 8–21 %, a few above the 20 % maximum; some not given.
    greenArea = rng.chance(0.95) ? (squareMetres * (0.08 + 0.13 * rng.unit())).rounded() : nil
    // Admin land 3–7.5 %, a few above the 7 % maximum; a third left to apportioning.
    adminArea = rng.chance(0.67) ? (squareMetres * (0.03 + 0.045 * rng.unit())).rounded() : nil
    structureArea = (squareMetres * 0.02 * rng.unit()).rounded()
    yardArea = (squareMetres * 0.05 * rng.unit()).rounded()
    density = 0.35 + 0.3 * rng.unit()
    storeys = rng.pick([(1, 3), (2, 4), (3, 2), (4, 1)])
    tallHall = storeys == 1 && rng.chance(0.6)
    withStoreyElements = rng.chance(0.2)
  }
}
