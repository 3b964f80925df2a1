extension RuleSetLoader {
  /// The ids of the rule sets bundled in the binary (`Rules/*.xml` in the
  /// source tree), sorted.
  public static var bundledRuleSetIDs: [String] {
    BundledResources.files.compactMap { bundledID(path: $0.path) }.sorted()
  }

  /// The XSD of the rule-set format, `Schemas/rule-set-1.xsd`.
  public static var ruleSetSchema: String {
    BundledResources.files.first { $0.path == "Schemas/rule-set-1.xsd" }?.text ?? ""
  }

  static func bundledText(id: String) -> String? {
    BundledResources.files.first { bundledID(path: $0.path) == id }?.text
  }

  /// `Rules/ID.xml` → `ID`.
  private static func bundledID(path: String) -> String? {
    let (prefix, suffix) = ("Rules/", ".xml")
    guard path.hasPrefix(prefix), path.hasSuffix(suffix) else { return nil }
    let id = String(path.dropFirst(prefix.count).dropLast(suffix.count))
    return id.isEmpty || id.contains("/") ? nil : id
  }
}
