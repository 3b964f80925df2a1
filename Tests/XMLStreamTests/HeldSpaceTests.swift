import Testing

@testable import XMLStream

/// An element's text is its character data, byte for byte, unless that is
/// only white space: then it is empty.
@Suite struct HeldSpaceTests {
  @Test func indentationBetweenChildrenLeavesTheTextEmpty() throws {
    let xml = "<r>\n  <rec>\n    <a>1</a>\n\t<b/>\r\n  </rec>\n</r>\n"
    let record = try #require(records(events(xml)).first)
    #expect(record.text == "")
    #expect(record.children.map(\.text) == ["1", ""])
  }

  @Test func textBesideChildrenKeepsEverySpace() throws {
    // The record's own pieces: "  a " before <b/>, " c  " after it; the
    // space inside <x> is x's (white space only: empty) and is not the
    // record's.
    let xml = "<r><rec>  a <b/> c  </rec><rec> <x> </x> y</rec></r>"
    let all = records(events(xml))
    #expect(all.count == 2)
    #expect(all.first?.text == "  a  c  ")
    // " " held back, <x> opens and closes, then " y": "  y".
    #expect(all.last?.text == "  y")
    #expect(all.last?.children.first?.text == "")
  }

  @Test func spaceAfterTextIsKept() throws {
    let xml = "<r><rec><name>  甲 乙  </name><name>\n</name></rec></r>"
    let record = try #require(records(events(xml)).first)
    #expect(record.children.map(\.text) == ["  甲 乙  ", ""])
  }
}
