import Testing

@testable import XMLStream

/// Records read at a deeper level (``XMLRecordReader/recordDepth``), as
/// the rows of an xlsx sheet are: `worksheet` > `sheetData` > `row`.
@Suite struct RecordDepthTests {
  func read(_ xml: String, depth: Int, configure: (XMLRecordReader) -> Void = { _ in })
    -> [XMLEvent]
  {
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "sheet1.xml")
    reader.recordDepth = depth
    configure(reader)
    var out: [XMLEvent] = []
    while let event = reader.next() { out.append(event) }
    return out
  }

  @Test func depthThreeHandsOutTheGrandchildrenOfTheRoot() throws {
    let xml = """
      <worksheet><dimension ref="A1:B2"/>
        <sheetData>
          <row r="1"><c r="A1"><v>1</v></c></row>
          <row r="2"><c r="B2" t="s"><v>0</v></c></row>
        </sheetData>
        <mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>
      </worksheet>
      """
    let all = read(xml, depth: 3)
    #expect(failure(all) == nil)
    let got = records(all)
    // The grandchildren: the two rows and the one mergeCell; `dimension`
    // has no children and `sheetData`, `mergeCells` are never handed out.
    #expect(got.map(\.name) == ["row", "row", "mergeCell"])
    #expect(got[1].attribute("r") == "2")
    #expect(got[1].children.first?.attribute("t") == "s")
    #expect(got[1].children.first?.children.first?.text == "0")
    // `<row r="2">` is on line 4 after four spaces (the literal's own
    // indentation is not in the string): column 5.
    #expect(got[1].location == SourceLocation(file: "sheet1.xml", line: 4, column: 5))
  }

  @Test func theDefaultDepthStillHandsOutTheRootsChildren() throws {
    let xml = "<worksheet><sheetData><row r=\"1\"/><row r=\"2\"/></sheetData></worksheet>"
    let got = records(read(xml, depth: 2))
    #expect(got.map(\.name) == ["sheetData"])
    #expect(got.first?.children.count == 2)
  }

  @Test func theElementLimitCountsEachRowNotTheSheet() throws {
    // 3 rows of 2 elements each (row, c): under a limit of 2 per record,
    // though the sheet holds 7 elements below the root.
    let rows = (1...3).map { "<row r=\"\($0)\"><c/></row>" }.joined()
    let xml = "<worksheet><sheetData>\(rows)</sheetData></worksheet>"
    let all = read(xml, depth: 3) { $0.maxRecordElements = 2 }
    #expect(failure(all) == nil)
    #expect(records(all).count == 3)
    // At the default depth the same limit stops `sheetData`, its 7th element.
    let whole = read(xml, depth: 2) { $0.maxRecordElements = 2 }
    #expect(
      failure(whole)?.0.message == "record has more than 2 elements; split it or check the file")
  }

  @Test func anErrorInARowEndsTheDocumentWithThatRowAsThePartial() throws {
    let xml = "<worksheet><sheetData><row r=\"1\"><c></row></sheetData></worksheet>"
    // Even with a record name (going on after an error needs depth 2).
    let all = read(xml, depth: 3) { $0.recordName = "row" }
    let (diagnostic, partial) = try #require(failure(all))
    #expect(partial?.name == "row")
    #expect(partial?.attribute("r") == "1")
    // `</row>` closes `<c>`: libxml2 reports the mismatch at line 1.
    #expect(diagnostic.location.line == 1)
    #expect(records(all).isEmpty)
    #expect(all.count == 1)
  }

  @Test func textBetweenTheRootAndTheRecordsIsNotKept() throws {
    let xml = "<w>stray<d>more<row><v>7</v></row>tail</d></w>"
    let got = records(read(xml, depth: 3))
    #expect(got.count == 1)
    #expect(got.first?.children.first?.text == "7")
  }

  @Test func aDoctypeIsStillRefusedAtDepthThree() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE worksheet [<!ENTITY x "boom">]>
      <worksheet><sheetData><row><c><v>&x;</v></c></row></sheetData></worksheet>
      """
    let all = read(xml, depth: 3)
    #expect(records(all).isEmpty)
    #expect(
      failure(all)?.0.description
        == "sheet1.xml:2:1: error: a DOCTYPE is not allowed in this document (no DTDs or entities are read); remove it"
    )
  }
}
