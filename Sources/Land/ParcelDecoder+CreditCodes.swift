public import XMLStream

extension ParcelDecoder {
  /// The credit codes a record names as holder or tenant (`holder/@creditCode`,
  /// `tenants/tenant/@creditCode`), in document order and each once, read
  /// straight from the elements: a record too broken to decode still tells
  /// which firms lose its land. Codes that are not 18 credit-code
  /// characters are left out: they name no firm.
  public static func creditCodes(in element: XMLElement) -> [String] {
    var codes: [String] = []
    func add(_ code: String?) {
      guard let code, LexicalForm.isCreditCode(code), !codes.contains(code) else { return }
      codes.append(code)
    }
    for child in element.children {
      if XMLElement.same(child.name, "holder") {
        add(child.attribute("creditCode"))
      } else if XMLElement.same(child.name, "tenants") {
        for tenant in child.children where XMLElement.same(tenant.name, "tenant") {
          add(tenant.attribute("creditCode"))
        }
      }
    }
    return codes
  }
}
