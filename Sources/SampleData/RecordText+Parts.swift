/// The parts of a synthetic parcel, in the order of format v1.
extension RecordText {
  /// The site area in m² (most), mu or ha; or the record's defect.
  mutating func area(squareMetres: Double, mu: Double, style: Int) {
    switch defect {
    case .unknownAreaUnit: leaf("area", ["unit": "acre"], text: format(mu / 6))
    case .zeroArea: leaf("area", ["unit": "m2"], text: "0")
    default:
      if style < 14 {
        leaf("area", ["unit": "m2"], text: format(squareMetres))
      } else if style < 19 {
        leaf("area", ["unit": "mu"], text: format(mu))
      } else {
        leaf("area", ["unit": "ha"], text: format(mu / 15))
      }
    }
  }

  mutating func contract(_ plan: ContractPlan, index: Int, rng: inout SplitMix64) {
    open("contract", ["id": "HT\(plan.signed.year)-\(index)", "signed": plan.signed.text])
    empty(
      "handover",
      ["due": plan.signed.adding(months: 1).text, "actual": plan.signed.adding(months: 1).text])
    empty("start", ["due": plan.startDue.text, "penaltyPermillePerDay": "1"])
    empty("completion", ["due": plan.completionDue.text, "penaltyPermillePerDay": "1"])
    empty(
      "commitment",
      [
        "indicator": "investmentIntensity", "min": rng.chance(0.5) ? "300" : "250",
        "unit": "10k-CNY/mu",
      ])
    empty(
      "commitment",
      ["indicator": "plotRatio", "min": rng.chance(0.5) ? "1.0" : "1.2", "max": "3.0"])
    empty("commitment", ["indicator": "greenRatio", "max": "0.15", "penaltyPermille": "1"])
    if rng.chance(0.5) {
      empty(
        "commitment",
        [
          "indicator": "taxPerMu", "min": "15", "unit": "10k-CNY/mu", "fromYear": "2023",
          "remedy": "topUp",
        ])
    }
    close("contract")
  }

  mutating func construction(_ plan: ContractPlan) {
    guard let started = plan.started else { return }
    let startedText = defect == .badDate ? "\(started.year)-02-30" : started.text
    switch (plan.completed, plan.suspended) {
    case (let completed?, _):
      empty("construction", ["started": startedText, "completed": completed.text])
    case (nil, true):
      empty(
        "construction", ["started": startedText, "suspendedFrom": started.adding(months: 6).text])
    case (nil, false):
      empty("construction", ["started": startedText])
    }
  }

  mutating func site(_ layout: Layout) {
    var attributes: [(String, String)] = [("unit", "m2")]
    if let green = layout.greenArea { attributes.append(("greenArea", format(green))) }
    if let admin = layout.adminArea { attributes.append(("adminArea", format(admin))) }
    attributes.append(("structureArea", format(layout.structureArea)))
    attributes.append(("yardArea", format(layout.yardArea)))
    emptyOrdered("site", attributes)
    if defect == .unknownElement { leaf("fence", text: "1200") }
  }

  /// Writes the buildings; returns their floor area as built (m², the
  /// storeys summed, never doubled), by which tenants' floor is shared.
  @discardableResult
  mutating func buildings(_ layout: Layout, rng: inout SplitMix64) -> Double {
    var asBuilt = 0.0
    open("buildings")
    let footprint = (layout.squareMetres * layout.density).rounded()
    if layout.withStoreyElements {
      // A hall with a tall ground storey (counted twice) and a normal one.
      open("building", ["id": "B1", "use": "production", "footprint": format(footprint)])
      empty(
        "storey", ["area": format(footprint), "height": format(8.5 + Double(rng.int(0...40)) / 10)])
      empty("storey", ["area": format((footprint * 0.5).rounded()), "height": "5.5"])
      close("building")
      asBuilt += footprint + (footprint * 0.5).rounded()
    } else {
      let height = layout.tallHall ? 8 + Double(rng.int(0...60)) / 10 : 4.5 * Double(layout.storeys)
      empty(
        "building",
        [
          "id": "B1", "use": "production", "footprint": format(footprint),
          "floorArea": format(footprint * Double(layout.storeys)),
          "storeys": String(layout.storeys),
          "height": format(height),
        ])
      asBuilt += footprint * Double(layout.storeys)
    }
    if rng.chance(0.7) {
      let adminFootprint = (layout.squareMetres * 0.012).rounded()
      empty(
        "building",
        [
          "id": "B2", "use": "admin", "footprint": format(adminFootprint),
          "floorArea": format(adminFootprint * 4), "storeys": "4", "height": "16",
        ])
      asBuilt += adminFootprint * 4
    }
    close("buildings")
    return asBuilt
  }

  /// Three years of figures, 2022–2024, growing a little each year.
  mutating func performance(mu: Double, rng: inout SplitMix64, completed: Bool) {
    // Tax per mu: median 18 (10k CNY per mu); output about 20× revenue-ish.
    let taxPerMu = rng.logNormal(median: completed ? 18 : 6, sigma: 0.7)
    let outputPerMu = taxPerMu * rng.logNormal(median: 35, sigma: 0.3)
    let employees = max(5, (mu * rng.logNormal(median: 4, sigma: 0.4)).rounded())
    for (offset, year) in [2022, 2023, 2024].enumerated() {
      let growth = 1 + 0.05 * Double(offset) + 0.05 * rng.normal()
      let output = (outputPerMu * mu * growth).rounded()
      let valueAdded = (output * 0.22).rounded()
      emptyOrdered(
        "performance",
        [
          ("year", String(year)), ("revenue", format((output * 0.95).rounded())),
          ("output", format(output)), ("valueAdded", format(valueAdded)),
          ("tax", format((taxPerMu * mu * growth).rounded(toPlaces: 1))),
          ("energy", format((valueAdded / rng.logNormal(median: 2.6, sigma: 0.4)).rounded())),
          ("electricity", format((output * rng.logNormal(median: 120, sigma: 0.5)).rounded())),
          (
            "emissions",
            format((valueAdded / rng.logNormal(median: 4900, sigma: 0.6)).rounded(toPlaces: 2))
          ),
          ("rnd", format((output * 0.03 * rng.unit()).rounded())),
          ("employees", format(employees)),
        ])
    }
  }

  mutating func events(granted: Day, rng: inout SplitMix64) {
    let delay = rng.chance(0.03)
    let violation = rng.chance(0.03)
    guard delay || violation else { return }
    open("events")
    if delay {
      indentedEvent(
        date: granted.adding(months: 3).text, kind: "government-delay", severity: nil,
        days: String(30 * rng.int(1...6)), text: "规划调整导致交地延期")
    }
    if violation {
      indentedEvent(
        date: "2024-0\(rng.int(1...9))-15",
        kind: "environmental-violation", severity: rng.chance(0.5) ? "major" : "minor", days: nil,
        text: "环保检查发现违规排放")
    }
    close("events")
  }

  mutating func ratings(rng: inout SplitMix64) {
    guard rng.chance(0.8) else { return }
    open("ratings")
    for year in [2022, 2023] {
      empty(
        "rating",
        ["year": String(year), "class": rng.pick([("A", 20), ("B", 40), ("C", 35), ("D", 5)])])
    }
    close("ratings")
  }

  private mutating func indentedEvent(
    date: String, kind: String, severity: String?, days: String?, text value: String
  ) {
    var attributes: [(String, String)] = [("date", date), ("kind", kind)]
    if let severity { attributes.append(("severity", severity)) }
    if let days { attributes.append(("days", days)) }
    leafOrdered("event", attributes, text: value)
  }
}
