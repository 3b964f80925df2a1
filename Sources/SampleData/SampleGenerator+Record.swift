extension SampleGenerator {
  /// Record `index` of the run, as XML text ending in a newline.
  public func record(_ index: Int) -> String {
    var rng = SplitMix64(seed: seed, index: index)
    let defect: Defect? =
      brokenShare > 0 && rng.chance(brokenShare) ? rng.pick(Defect.all) : nil
    var out = RecordText(defect: defect)
    let district = rng.pick(ChengduCatalogue.districts)
    let sector = rng.pick(ChengduCatalogue.sectors)
    let grantYear = rng.int(2008...2022)
    let id =
      defect == .duplicateID && index > 0
      ? Self.id(district: district.code, year: grantYear, index: index - 1)
      : Self.id(district: district.code, year: grantYear, index: index)
    // Site area: log-normal, median 40 mu (a mid-sized plant), 3 to 1500 mu.
    let mu = min(max(rng.logNormal(median: 40, sigma: 0.8), 3), 1500).rounded(toPlaces: 1)
    let squareMetres = (mu * 10000 / 15).rounded()

    out.open("parcel", ["id": id])
    out.leaf("name", text: "示例\(sector.name)项目\(index)")
    out.leaf("district", ["code": district.code], text: district.name)
    if rng.chance(0.6) {
      let zone = rng.pick(ChengduCatalogue.zones)
      out.leaf("zone", ["level": zone.level], text: zone.name)
    }
    out.area(squareMetres: squareMetres, mu: mu, style: rng.int(0...19))
    out.leaf("sector", ["code": sector.code], text: sector.name)
    out.leaf(
      "holder", ["scale": rng.chance(0.65) ? "above" : "below"],
      text: "成都示例\(index % 997)实业有限公司")
    // Land price: median 30 (10k CNY) per mu.
    let price = (mu * rng.logNormal(median: 30, sigma: 0.3)).rounded(toPlaces: 1)
    let granted = Day(year: grantYear, month: rng.int(1...12), day: rng.int(1...28))
    out.empty(
      "supply",
      [
        "method": rng.chance(0.8) ? "listing" : "auction", "date": granted.text,
        "termYears": rng.chance(0.8) ? "50" : "20", "price": format(price),
      ])
    let plan = ContractPlan(granted: granted, rng: &rng)
    out.contract(plan, index: index, rng: &rng)
    out.construction(plan)
    let layout = Layout(squareMetres: squareMetres, rng: &rng)
    out.site(layout)
    out.buildings(layout, rng: &rng)
    if plan.started != nil {
      // Investment intensity: median 320 (10k CNY per mu).
      out.empty(
        "investment",
        ["fixedAssets": format((mu * rng.logNormal(median: 320, sigma: 0.35)).rounded())])
      out.performance(mu: mu, rng: &rng, completed: plan.completed != nil)
    }
    out.events(granted: granted, rng: &rng)
    out.ratings(rng: &rng)
    out.close("parcel")
    return out.text
  }

  static func id(district: String, year: Int, index: Int) -> String {
    let number = String(index)
    return "\(district)-\(year)-GY-" + String(repeating: "0", count: max(0, 7 - number.count))
      + number
  }
}
