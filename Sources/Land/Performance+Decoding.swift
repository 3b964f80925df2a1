import XMLStream

extension Performance {
  static let figures = [
    "revenue", "output", "valueAdded", "tax", "energy", "electricity", "emissions", "rnd",
    "employees",
  ]

  /// `<performance year="2024" revenue="42000" … employees="320"/>`: a
  /// year, then any of the figures, each a decimal of 0 or more.
  static func decode(_ element: XMLElement, with decoder: inout ElementDecoder) -> Performance? {
    _ = decoder.open(element, attributes: ["year"] + figures)
    let year = decoder.year(element, "year", required: true)
    var values: [String: Double] = [:]
    for name in figures {
      values[name] = decoder.decimal(element, .attribute(name))
    }
    guard let year else { return nil }
    return Performance(
      year: year, revenue: values["revenue"], output: values["output"],
      valueAdded: values["valueAdded"], tax: values["tax"], energy: values["energy"],
      electricity: values["electricity"], emissions: values["emissions"], rnd: values["rnd"],
      employees: values["employees"])
  }
}
