import XMLStream

extension Performance {
  static let figures = [
    "revenue", "output", "valueAdded", "tax", "energy", "electricity", "emissions", "rnd",
    "employees",
  ]

  /// `<performance year="2024" revenue="42000" … employees="320"/>`: a
  /// year, then any of the figures, each a decimal of 0 or more.
  static func decode(_ element: XMLElement, with decoder: inout ElementDecoder) -> Performance? {
    _ = decoder.open(element, attributes: attributeNames)
    let year = decoder.year(element, "year", required: true)
    // Each figure in turn, in the order of `figures` (the order problems
    // are reported in). No dictionary of values: hashing its keys was 2%
    // of a batch run (release, 100k parcels, `perf record`).
    func figure(_ name: String) -> Double? { decoder.decimal(element, .attribute(name)) }
    let revenue = figure("revenue")
    let output = figure("output")
    let valueAdded = figure("valueAdded")
    let tax = figure("tax")
    let energy = figure("energy")
    let electricity = figure("electricity")
    let emissions = figure("emissions")
    let rnd = figure("rnd")
    let employees = figure("employees")
    guard let year else { return nil }
    return Performance(
      year: year, revenue: revenue, output: output, valueAdded: valueAdded, tax: tax,
      energy: energy, electricity: electricity, emissions: emissions, rnd: rnd,
      employees: employees)
  }

  static let attributeNames = ["year"] + figures
}
