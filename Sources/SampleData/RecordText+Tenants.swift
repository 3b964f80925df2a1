extension RecordText {
  /// The `tenants` element of a parcel (records.md 1.1), indented as a
  /// child of `parcel`: each tenant's code, its floor area (its share of
  /// `floorArea`, the buildings' floor area as built) or its land (its
  /// share of `squareMetres`), its lease dates, and its name.
  static func tenants(
    _ tenants: [SampleTenant], floorArea: Double, squareMetres: Double, defect: Defect?
  ) -> String {
    var out = RecordText(defect: defect, depth: 2)
    out.open("tenants")
    for tenant in tenants {
      var attributes = [("creditCode", tenant.firm.creditCode)]
      if tenant.byFloor {
        attributes.append(("floorArea", format((floorArea * tenant.share).rounded())))
      } else {
        attributes += [
          ("area", format((squareMetres * tenant.share).rounded())), ("unit", "m2"),
        ]
      }
      attributes.append(("from", tenant.from.text))
      if let to = tenant.to { attributes.append(("to", to.text)) }
      out.leafOrdered("tenant", attributes, text: tenant.firm.name)
    }
    out.close("tenants")
    return out.text
  }
}
