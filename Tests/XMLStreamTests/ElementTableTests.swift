import Testing

@testable import XMLStream

/// A record's table holds what its element tree holds, and answers the
/// decoder's questions about it from its bytes.
@Suite struct ElementTableTests {
  static let location = SourceLocation(file: "t.xml", line: 3, column: 5)

  /// A tree with what a table must keep: prefixed and plain attributes,
  /// children in two namespaces, text around children, an empty element.
  static let tree = XMLElement(
    name: "parcel", namespace: "urn:a",
    attributes: [
      XMLAttribute(name: "id", value: "P-1"),
      XMLAttribute(name: "note", prefix: "x", value: "名 & \"q\""),
    ],
    children: [
      XMLElement(
        name: "name", namespace: "urn:a", text: "  甲乙  ",
        location: SourceLocation(file: "t.xml", line: 4, column: 7)),
      XMLElement(
        name: "area", namespace: "urn:b", attributes: [XMLAttribute(name: "unit", value: "ha")],
        children: [
          XMLElement(
            name: "part", namespace: "urn:a",
            location: SourceLocation(file: "t.xml", line: 6, column: 9))
        ],
        text: "1.5 ha\n", location: SourceLocation(file: "t.xml", line: 5, column: 7)),
    ],
    location: location)

  @Test func aTreeComesBackWhole() {
    #expect(ElementTable(Self.tree).element() == Self.tree)
  }

  @Test func elementsAreNumberedParentFirstInDocumentOrder() {
    ElementTable(Self.tree).withView { view in
      #expect(view.count == 4)
      #expect(view.name(0) == "parcel")
      #expect(view.firstChild(0) == 1)
      #expect(view.nextSibling(1) == 2)
      #expect(view.nextSibling(2) == nil)
      #expect(view.firstChild(2) == 3)
      #expect(view.firstChild(3) == nil)
      #expect(view.childCount(0) == 2)
      #expect(view.childCount(1) == 0)
      #expect(view.location(3) == SourceLocation(file: "t.xml", line: 6, column: 9))
      #expect(view.line(2) == 5)
    }
  }

  @Test func namesAndNamespacesAreCompared() {
    ElementTable(Self.tree).withView { view in
      #expect(view.name(2, is: "area"))
      #expect(!view.name(2, is: "are"))
      #expect(!view.name(2, is: "areas"))
      #expect(view.namespace(2) == "urn:b")
      #expect(view.sameNamespace(0, 1))
      #expect(!view.sameNamespace(0, 2))
      #expect(view.sameNamespace(0, 3))
    }
  }

  @Test func attributesAreFoundByNameWhateverTheHint() {
    ElementTable(Self.tree).withView { view in
      for start in -1...4 {
        var hint = start
        #expect(view.attribute(0, "id", from: &hint) == 0)
        #expect(hint == 1)
      }
      // A prefixed attribute is not found by its local name alone.
      var hint = 0
      #expect(view.attribute(0, "note", from: &hint) == nil)
      #expect(hint == 0)
      #expect(view.attribute(0, "note") == nil)
      #expect(view.attributeHasPrefix(1))
      #expect(view.attributeQualifiedName(1) == "x:note")
      #expect(view.attributeValue(1) == "名 & \"q\"")
      #expect(view.attribute(1, "id") == nil)
      #expect(String(decoding: view.valueBytes(2), as: UTF8.self) == "ha")
    }
  }

  @Test func textIsKeptByteForByte() {
    ElementTable(Self.tree).withView { view in
      #expect(view.text(1) == "  甲乙  ")
      #expect(Array(view.textBytes(1)) == Array("  甲乙  ".utf8))
      #expect(view.textIsEmpty(0))
      #expect(!view.textIsEmpty(2))
    }
  }

  /// The direct reader's tables: text as the SAX reader keeps it (white
  /// space alone is dropped; text around children is joined, its white
  /// space included).
  @Test(arguments: [
    ("<parcel id=\"A\">\n  <a/>\n  <b/>\n</parcel>", ""),
    ("<parcel id=\"A\"> x </parcel>", " x "),
    ("<parcel id=\"A\">\n  <a/> x <b/>\n</parcel>", "\n   x \n"),
    ("<parcel id=\"A\">甲<a/><b/>乙</parcel>", "甲乙"),
  ])
  func theDirectReaderKeepsTextAsTheSAXReaderDoes(record: String, text: String) throws {
    let document = Array(
      """
      <landRecords xmlns="urn:mujun:land-records:1">
        <parcel id="0"/>
        \(record)
        <parcel id="Z"/>
      </landRecords>

      """.utf8)
    let split = try #require(chunkedEvents(document, chunkSize: 1, recordName: "parcel"))
    #expect(split.directChunks >= 1)
    let tables = split.events.compactMap { event -> XMLRecord? in
      if case .record(let record) = event { record } else { nil }
    }
    try #require(tables.count == 3)
    #expect(tables[1].element.text == text)
    #expect(rendered(split.events) == rendered(sequentialEvents(document)))
  }
}

extension ElementTableTests {
  /// Names are compared a word at a time: a name of any length equals
  /// only itself, whichever byte differs.
  @Test(
    arguments: [
      "a", "ab", "abc", "unit", "asOf1", "revenue", "buildings", "valueAdded", "structureArea",
      "penaltyPermillePerDay", "abcdefghijklmnop",
    ] as [StaticString])
  func aNameEqualsOnlyItself(name: StaticString) {
    let text = name.description
    func matches(_ candidate: String) -> Bool {
      let element = XMLElement(name: candidate, location: Self.location)
      return ElementTable(element).withView { $0.name(0, is: name) }
    }
    #expect(matches(text))
    #expect(!matches(text + "x"))
    #expect(!matches(String(text.dropLast())))
    for position in 0..<text.utf8.count {
      var bytes = Array(text.utf8)
      bytes[position] = bytes[position] == UInt8(ascii: "X") ? UInt8(ascii: "Y") : UInt8(ascii: "X")
      #expect(!matches(String(decoding: bytes, as: UTF8.self)), "differs at \(position)")
    }
  }
}
