import Testing

@testable import Rules

/// A rule set's identity is a value: copies are equal until one is changed,
/// and changing one leaves the others as they were.
@Suite struct RuleSetIdentityTests {
  static let base = RuleSetIdentity(id: "b", version: "2", sha256: "def", fileName: "b.xml")

  static func chengdu() -> RuleSetIdentity {
    RuleSetIdentity(
      id: "chengdu-example", version: "2024.1", sha256: String(repeating: "ab", count: 32),
      fileName: "chengdu-example.xml", base: base)
  }

  @Test func identitiesMadeApartWithTheSameFieldsAreEqual() {
    let (a, b) = (Self.chengdu(), Self.chengdu())
    #expect(a == b)
    #expect(a.hashValue == b.hashValue)
    #expect(Set([a, b]).count == 1)
  }

  @Test(arguments: ["id", "version", "sha256", "fileName", "base"])
  func changingACopyLeavesTheOriginal(field: String) {
    let original = Self.chengdu()
    var changed = original
    switch field {
    case "id": changed.id = "chengdu-2026"
    case "version": changed.version = "2026.1"
    case "sha256": changed.sha256 = String(repeating: "cd", count: 32)
    case "fileName": changed.fileName = "chengdu-2026.xml"
    default: changed.base = nil
    }
    #expect(changed != original)
    #expect(original == Self.chengdu())
    #expect(original.base == Self.base)
    #expect(original.lineage.map(\.id) == ["chengdu-example", "b"])
  }

  @Test func aFieldSetBackToWhatItWasIsEqualAgain() {
    var identity = Self.chengdu()
    identity.version = "2026.1"
    identity.version = "2024.1"
    #expect(identity == Self.chengdu())
    #expect(identity.base?.fileName == "b.xml")
  }
}
