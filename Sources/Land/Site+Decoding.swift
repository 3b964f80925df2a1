import XMLStream

extension Site {
  /// `<site unit="m2" greenArea="2000" adminArea="1500" structureArea="600"
  /// yardArea="900"/>`; the unit defaults to m2.
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Site {
    _ = decoder.open(
      element, attributes: ["unit", "greenArea", "adminArea", "structureArea", "yardArea"])
    return Site(
      unit: decoder.choice(element, "unit", as: AreaUnit.self) ?? .squareMetre,
      greenArea: decoder.decimal(element, .attribute("greenArea")),
      adminArea: decoder.decimal(element, .attribute("adminArea")),
      structureArea: decoder.decimal(element, .attribute("structureArea")),
      yardArea: decoder.decimal(element, .attribute("yardArea")))
  }
}
