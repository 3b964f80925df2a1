import XMLStream

extension Performance {
  /// `<performance year="2024" revenue="42000" … employees="320"/>`: a
  /// year, then any of the figures, each a decimal of 0 or more.
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Performance? {
    _ = decoder.open(element, attributes: attributeNames)
    let year = decoder.year(element, "year", required: true)
    // Each figure in turn, in the order of `attributeNames` (the order
    // problems are reported in). No dictionary of values: hashing its keys
    // was 2% of a batch run (release, 100k parcels, `perf record`).
    let revenue = decoder.decimal(element, .attribute("revenue"))
    let output = decoder.decimal(element, .attribute("output"))
    let valueAdded = decoder.decimal(element, .attribute("valueAdded"))
    let tax = decoder.decimal(element, .attribute("tax"))
    let energy = decoder.decimal(element, .attribute("energy"))
    let electricity = decoder.decimal(element, .attribute("electricity"))
    let emissions = decoder.decimal(element, .attribute("emissions"))
    let rnd = decoder.decimal(element, .attribute("rnd"))
    let employees = decoder.decimal(element, .attribute("employees"))
    guard let year else { return nil }
    return Performance(
      year: year, revenue: revenue, output: output, valueAdded: valueAdded, tax: tax,
      energy: energy, electricity: electricity, emissions: emissions, rnd: rnd,
      employees: employees)
  }

  static let attributeNames: [StaticString] = [
    "year", "revenue", "output", "valueAdded", "tax", "energy", "electricity", "emissions", "rnd",
    "employees",
  ]
}
