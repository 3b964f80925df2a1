import XMLStream

extension Tenant {
  /// `<tenant creditCode="…" floorArea="3000" from="2023-01-01"
  /// to="2027-12-31">name</tenant>`, or with `area` (and `unit`, default
  /// m2) instead of `floorArea`: a credit code, exactly one of floorArea
  /// and area, each greater than 0, `unit` only with `area`, and `to` no
  /// earlier than `from`.
  ///
  /// nil when the element has any of these problems (each reported): the
  /// parcel's checks across its tenants leave such a tenant out rather
  /// than report what follows from a problem already reported.
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Tenant? {
    let problems = decoder.diagnostics.count
    _ = decoder.open(
      element, attributes: ["creditCode", "floorArea", "area", "unit", "from", "to"], text: true)
    let creditCode = decoder.string(
      element, "creditCode", required: true, expected: DecodingMessage.creditCode,
      valid: LexicalForm.isCreditCode)
    let floorArea = decoder.decimal(element, .attribute("floorArea"), positive: true)
    let areaValue = decoder.decimal(element, .attribute("area"), positive: true)
    let unit = decoder.choice(element, "unit", as: AreaUnit.self)
    let from = decoder.date(element, "from")
    let to = decoder.date(element, "to")

    let floorText = decoder.attribute(element, "floorArea")
    let areaText = decoder.attribute(element, "area")
    switch (floorText, areaText) {
    case (nil, nil): decoder.report(element, DecodingMessage.noTenantLand)
    case (let floorText?, let areaText?):
      decoder.report(element, DecodingMessage.tenantLandTwice(floorArea: floorText, area: areaText))
    default: break
    }
    if areaText == nil, let unitText = decoder.attribute(element, "unit") {
      decoder.report(element, DecodingMessage.unitWithoutArea(unitText))
    }
    if let from, let to, to < from, let fromText = decoder.attribute(element, "from"),
      let toText = decoder.attribute(element, "to")
    {
      decoder.report(element, DecodingMessage.leaseEndsBeforeStart(from: fromText, to: toText))
    }

    guard decoder.diagnostics.count == problems, let creditCode else { return nil }
    return Tenant(
      creditCode: creditCode, name: decoder.text(element), floorArea: floorArea,
      area: areaValue.map { Area($0, unit ?? .squareMetre) }, from: from, to: to,
      location: decoder.location(element))
  }
}
