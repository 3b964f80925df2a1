import Testing
import XMLStream

@testable import Land

/// The value functions find an attribute where `open` matched it, and give
/// what the table itself gives in every case: names asked for in any
/// order, absent ones, names `open` did not allow, prefixed attributes and
/// elements other than the one opened last.
@Suite struct OpenedAttributesTests {
  static let xml = """
    <r xmlns:x="urn:x"><performance year="2024" tax="5.5" revenue=" 90 " x:output="7" \
    energy="3"><rating year="2023" class="B"/></performance></r>
    """

  /// The record's table (the `performance` element is 0, its `rating` 1).
  static func table() throws -> ElementTable {
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "t.xml")
    while let event = reader.next() {
      if case .record(let record) = event { return record.table }
    }
    throw NoRecord()
  }

  @Test func valuesAreFoundWhereverOpenMatchedThem() throws {
    try Self.table().withView { view in
      var decoder = ElementDecoder(view)
      _ = decoder.open(0, attributes: ["year", "revenue", "output", "tax"])
      // Out of the allowed order, twice over, and one allowed but absent
      // (`output` is there only with a prefix).
      let tax = decoder.attribute(0, "tax")
      let year = decoder.attribute(0, "year")
      let revenue = decoder.decimal(0, .attribute("revenue"))
      let output = decoder.attribute(0, "output")
      let hasOutput = decoder.hasAttribute(0, "output")
      let taxAgain = decoder.attribute(0, "tax")
      #expect(tax == "5.5" && year == "2024" && revenue == 90 && taxAgain == "5.5")
      #expect(output == nil && !hasOutput)
      // Not allowed, so reported, but there: the table finds it.
      let energy = decoder.attribute(0, "energy")
      #expect(energy == "3")
      // x:output, energy, and the child `rating` (no children allowed).
      #expect(decoder.diagnostics.count == 3)
      // Another element than the one opened last, and then this one
      // opened, its parent asked again.
      let ratingClass = decoder.attribute(1, "class")
      _ = decoder.open(1, attributes: ["year", "class"])
      let ratingYear = decoder.attribute(1, "year")
      let revenueAfter = decoder.attribute(0, "revenue")
      let yearAfter = decoder.attribute(0, "year")
      #expect(ratingClass == "B" && ratingYear == "2023")
      #expect(revenueAfter == "90" && yearAfter == "2024")
    }
  }

  @Test func anElementAllowingMoreNamesThanAreKeptIsReadFromTheTable() throws {
    let many: [StaticString] = [
      "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q",
      "tax", "year",
    ]
    #expect(many.count > OpenedAttributes.capacity)
    try Self.table().withView { view in
      var decoder = ElementDecoder(view)
      _ = decoder.open(0, attributes: many)
      let year = decoder.attribute(0, "year")
      let tax = decoder.attribute(0, "tax")
      let q = decoder.attribute(0, "q")
      #expect(year == "2024" && tax == "5.5" && q == nil)
    }
  }
}
