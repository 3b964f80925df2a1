extension SampleGenerator {
  /// Record `index` of the run, as XML text ending in a newline.
  public func record(_ index: Int) -> String {
    let basics = ParcelBasics(seed: seed, index: index, brokenShare: brokenShare)
    var rng = basics.rng
    let (defect, district, sector, grantYear) =
      (basics.defect, basics.district, basics.sector, basics.grantYear)
    let (mu, squareMetres) = (basics.mu, basics.squareMetres)
    var out = RecordText(defect: defect)
    let id =
      defect == .duplicateID && index > 0
      ? Self.id(district: district.code, year: grantYear, index: index - 1)
      : Self.id(district: district.code, year: grantYear, index: index)

    out.open("parcel", ["id": id])
    out.leaf("name", text: "示例\(sector.name)项目\(index)")
    out.leaf("district", ["code": district.code], text: district.name)
    if rng.chance(0.6) {
      let zone = rng.pick(ChengduCatalogue.zones)
      out.leaf("zone", ["level": zone.level], text: zone.name)
    }
    out.area(squareMetres: squareMetres, mu: mu, style: rng.int(0...19))
    out.leaf("sector", ["code": sector.code], text: sector.name)
    // Drawn with firms too (where the firm's scale is used), so that the
    // rest of the record is the same.
    let above = rng.chance(0.65)
    if firms {
      let firm = FirmGroups.holder(ofParcel: index, seed: seed)
      out.leaf(
        "holder",
        ["creditCode": firm.creditCode, "scale": firm.isAboveSize(seed: seed) ? "above" : "below"],
        text: firm.name)
    } else {
      out.leaf("holder", ["scale": above ? "above" : "below"], text: "成都示例\(index % 997)实业有限公司")
    }
    // Where `tenants` goes, once the buildings' floor area is known.
    let tenantsAt = out.text.utf8.count
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
    let floorArea = out.buildings(layout, rng: &rng)
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
    if firms {
      let tenants = SampleTenant.tenants(ofParcel: index, seed: seed)
      if !tenants.isEmpty {
        let part = RecordText.tenants(
          tenants, floorArea: floorArea, squareMetres: squareMetres, defect: defect)
        out.text.insert(
          contentsOf: part, at: out.text.utf8.index(out.text.startIndex, offsetBy: tenantsAt))
      }
    }
    return out.text
  }

  static func id(district: String, year: Int, index: Int) -> String {
    let number = String(index)
    return "\(district)-\(year)-GY-" + String(repeating: "0", count: max(0, 7 - number.count))
      + number
  }
}
