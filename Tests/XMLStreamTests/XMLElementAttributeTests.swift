import Testing

@testable import XMLStream

/// `attribute(_:from:)` gives what `attribute(_:)` gives, whatever the
/// hint, and leaves the hint just after the attribute it found.
@Suite struct XMLElementAttributeTests {
  /// `<e a="1" xml:b="prefixed" b="2" c="3"/>`: b's unprefixed value is
  /// at index 2, after a prefixed attribute of the same local name.
  let element = XMLElement(
    name: "e",
    attributes: [
      XMLAttribute(name: "a", value: "1"),
      XMLAttribute(name: "b", prefix: "xml", value: "prefixed"),
      XMLAttribute(name: "b", value: "2"),
      XMLAttribute(name: "c", value: "3"),
    ],
    location: SourceLocation(file: "t.xml", line: 1, column: 1))

  @Test(arguments: [-1, 0, 1, 2, 3, 4, 9])
  func sameAnswerFromAnyHint(_ start: Int) {
    for (name, expected) in [("a", "1"), ("b", "2"), ("c", "3")] {
      var hint = start
      #expect(element.attribute(name, from: &hint) == expected)
      #expect(element.attribute(name) == expected)
    }
    var hint = start
    #expect(element.attribute("d", from: &hint) == nil)
    #expect(hint == start)
  }

  @Test func hintMovesJustAfterWhatWasFound() {
    var hint = 0
    #expect(element.attribute("c", from: &hint) == "3")
    #expect(hint == 4)
    // From the end, the search wraps around to the start.
    #expect(element.attribute("a", from: &hint) == "1")
    #expect(hint == 1)
    // Past the prefixed `xml:b` to the unprefixed `b`.
    #expect(element.attribute("b", from: &hint) == "2")
    #expect(hint == 3)
  }
}
