/// One firm's rows in the department files (``DepartmentSample``), drawn
/// from a stream of the firm's own: whether each file has it, and its
/// figures for 2024, scaled by its land (tax per mu: median 18 万元 for
/// holders, 10 for tenants; a firm without land counts as about 10 mu).
struct FirmRows {
  let firm: SampleFirm
  let above: Bool
  var inFile: [DepartmentSample.File: Bool] = [:]
  /// Tax paid in 分 (1/100 元), as the tax bureau keeps it.
  var taxFen: Int
  var valueAdded: Double
  var revenue: Double
  var employees: Double
  var rnd: Double?
  var energy: Double?
  var kWh: Double

  /// Mixed into the seed for the firms' figures.
  static let salt: UInt64 = 0x6669_6775_7265_7321

  init(_ firm: SampleFirm, land: Double, seed: UInt64) {
    self.firm = firm
    above = firm.isAboveSize(seed: seed)
    var rng = SplitMix64(seed: seed ^ Self.salt, index: firm.key)
    inFile[.tax] = rng.chance(0.98)
    inFile[.stats] = rng.chance(0.95)
    inFile[.power] = rng.chance(0.92)
    let mu: Double
    if case .dataOnly = firm {
      mu = rng.logNormal(median: 10, sigma: 0.6)
    } else {
      mu = max(land, 0.1)
    }
    let taxPerMu: Double
    if case .tenant = firm {
      taxPerMu = rng.logNormal(median: 10, sigma: 0.7)
    } else {
      taxPerMu = rng.logNormal(median: 18, sigma: 0.7)
    }
    // 万元 × 10000 = 元, × 100 = 分.
    taxFen = Int((taxPerMu * mu * 1_000_000).rounded())
    valueAdded = (taxPerMu * mu * rng.logNormal(median: 5, sigma: 0.3)).rounded(toPlaces: 1)
    revenue = (valueAdded * rng.logNormal(median: 4.3, sigma: 0.2)).rounded()
    employees = max(3, (mu * rng.logNormal(median: 4, sigma: 0.4)).rounded())
    let rndShare = 0.03 * rng.unit()
    rnd = above ? (revenue * rndShare).rounded(toPlaces: 1) : nil
    let energyRatio = rng.logNormal(median: 2.6, sigma: 0.4)
    energy = above ? (valueAdded / energyRatio).rounded() : nil
    kWh = (valueAdded * rng.logNormal(median: 1200, sigma: 0.5)).rounded()
  }

  /// The firm's line in `file`, or nil when the file has no row for it.
  func line(_ file: DepartmentSample.File) -> String? {
    guard inFile[file] == true else { return nil }
    let code = firm.creditCode
    switch file {
    case .tax:
      return DepartmentSample.line(
        [code, firm.name, "2024", Self.yuan(fen: taxFen)], end: "\r\n")
    case .stats:
      return DepartmentSample.line(
        [
          code, firm.name, "2024", format(valueAdded), format(revenue), format(employees),
          rnd.map(format) ?? "", energy.map(format) ?? "", above ? "规上" : "规下",
        ], end: "\r\n")
    case .power:
      return DepartmentSample.line([code, firm.name, "2024", format(kWh)], end: "\n")
    }
  }

  /// An amount in 分 as 元 the way Excel shows `#,##0.00`: `1,234,567.89`.
  static func yuan(fen: Int) -> String {
    var whole = String(fen / 100)
    var grouped = ""
    while whole.count > 3 {
      grouped = "," + whole.suffix(3) + grouped
      whole.removeLast(3)
    }
    let cents = fen % 100
    return whole + grouped + (cents < 10 ? ".0" : ".") + String(cents)
  }
}
