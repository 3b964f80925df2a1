public import XMLStream

extension ParcelDecoder {
  /// The credit codes a record names as holder or tenant (`holder/@creditCode`,
  /// `tenants/tenant/@creditCode`), in document order and each once, read
  /// straight from the elements: a record too broken to decode still tells
  /// which firms lose its land. Codes that are not 18 credit-code
  /// characters are left out: they name no firm. With `year`, a tenant
  /// whose lease (`from`, `to`, as far as they read as dates) is not in
  /// force on any day of that year is left out too: it is no enterprise
  /// of that year (records.md 1.1).
  public static func creditCodes(in element: XMLElement, year: Int? = nil) -> [String] {
    var codes: [String] = []
    func add(_ code: String?) {
      guard let code, LexicalForm.isCreditCode(code), !codes.contains(code) else { return }
      codes.append(code)
    }
    func inForce(_ tenant: XMLElement) -> Bool {
      guard let year else { return true }
      if let from = tenant.attribute("from").flatMap(CivilDate.init), from.year > year {
        return false
      }
      if let to = tenant.attribute("to").flatMap(CivilDate.init), to.year < year { return false }
      return true
    }
    for child in element.children {
      if XMLElement.same(child.name, "holder") {
        add(child.attribute("creditCode"))
      } else if XMLElement.same(child.name, "tenants") {
        for tenant in child.children where XMLElement.same(tenant.name, "tenant") && inForce(tenant)
        {
          add(tenant.attribute("creditCode"))
        }
      }
    }
    return codes
  }
}
