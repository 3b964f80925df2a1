import Foundation
import Testing

@testable import XMLStream

/// Every event of a document read in chunks of at least `chunkSize` bytes,
/// chunk after chunk, as a batch puts them back together, and how many
/// chunks there were and how many were read to their end without libxml2
/// (`direct`: false reads every chunk with libxml2); nil when the document
/// cannot be split.
func chunkedEvents(
  _ bytes: [UInt8], chunkSize: Int, file: String = "t.xml", recordName: String? = nil,
  direct: Bool = true
) -> (events: [XMLEvent], chunks: Int, directChunks: Int)? {
  let whole = XMLRecordReader(bytes: bytes, fileName: file)
  whole.recordName = recordName
  guard let chunker = whole.chunker(chunkSize: chunkSize) else { return nil }
  chunker.readsPlainRecordsDirectly = direct
  var out: [XMLEvent] = []
  var index = 0
  var directChunks = 0
  while let chunk = chunker.chunk(index) {
    index += 1
    let reader = chunker.reader(for: chunk)
    var failed = false
    while let event = reader.next() {
      out.append(event)
      if case .failure = event { failed = true }
    }
    if reader.readDirectly { directChunks += 1 }
    if failed || reader.readsToEndOfFile { break }
  }
  return (out, index, directChunks)
}

/// The events as text, every field included, for comparing two readings.
func rendered(_ events: [XMLEvent]) -> [String] { events.map { String(describing: $0) } }

func sequentialEvents(
  _ bytes: [UInt8], file: String = "t.xml", recordName: String? = nil
) -> [XMLEvent] {
  let reader = XMLRecordReader(bytes: bytes, fileName: file)
  reader.recordName = recordName
  var out: [XMLEvent] = []
  while let event = reader.next() { out.append(event) }
  return out
}

/// Reads `xml` both ways and expects the same events; returns how many
/// chunks the split reading used.
@discardableResult
func expectSameEvents(
  _ bytes: [UInt8], chunkSize: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> Int {
  let sequential = rendered(sequentialEvents(bytes))
  guard let split = chunkedEvents(bytes, chunkSize: chunkSize) else {
    Issue.record("the document was not split", sourceLocation: sourceLocation)
    return 0
  }
  #expect(rendered(split.events) == sequential, sourceLocation: sourceLocation)
  return split.chunks
}

let tricky = """
  <?xml version="1.0" encoding="utf-8"?>
  <!-- a comment before the root: <parcel id="no"> -->
  <r:landRecords xmlns:r="urn:x" xmlns="urn:x"
      asOf="2025-01-01">
    <parcel id="1" note='a > b, "q"'><a>x</a></parcel>
    <!-- <parcel id="in-comment"> -->
    <?pi <parcel id="in-pi"?>
    <parcel id="2"><![CDATA[ <parcel id="in-cdata"> ]]></parcel>
    <parcel id="3"
       kind="multi-line"/>
  \t<parcel id="四">名称：甲乙丙 <b/></parcel><parcel id="5"/>
    <parcel id="6">
      <x a="1"/>
    </parcel>
  </r:landRecords>

  """

@Suite struct RecordChunkerTests {
  @Test(arguments: [1, 2, 10, 50, 100, 1 << 20])
  func trickyMarkupGivesTheSameEventsInChunks(chunkSize: Int) {
    let chunks = expectSameEvents(Array(tricky.utf8), chunkSize: chunkSize)
    if chunkSize == 1 { #expect(chunks == 7) }  // six records, then the rest
    if chunkSize == 1 << 20 { #expect(chunks == 1) }
  }

  @Test func cutsOnlyBeforeChildrenOfTheRoot() throws {
    // Chunk size 1: a cut before every child of the root after the first.
    let whole = XMLRecordReader(bytes: Array(tricky.utf8), fileName: "t.xml")
    let chunker = try #require(whole.chunker(chunkSize: 1))
    var starts: [(Int, Int)] = []
    var index = 0
    while let chunk = chunker.chunk(index) {
      starts.append((chunk.line, chunk.column))
      index += 1
    }
    // Line 4 column 23 is just after the root's start tag (`    asOf=…>`
    // is 22 characters); then each `<parcel` but the sixth, which the
    // last chunk holds: line 11 has two, after a tab, and the second at
    // column 37 (tab 1, `<parcel id="四">` 15, text 7, `<b/>` 4, `</parcel>` 9).
    #expect(starts.map(\.0) == [4, 5, 8, 9, 11, 11, 12])
    #expect(starts.map(\.1) == [23, 3, 3, 3, 2, 37, 3])
  }

  @Test(arguments: ["chengdu-2024.xml", "contracts-2025.xml", "truncated.xml"])
  func theSampleFilesGiveTheSameEvents(name: String) throws {
    let bytes = try readSample(name)
    for size in [1, 700, 5000, 1 << 20] { expectSameEvents(bytes, chunkSize: size) }
  }

  @Test func aFileCutAtAnyOffsetGivesTheSameEvents() throws {
    let bytes = try readSample("chengdu-2024.xml")
    for end in stride(from: 1, to: bytes.count, by: 53) {
      let cut = Array(bytes[..<end])
      let sequential = rendered(sequentialEvents(cut))
      // A file cut inside its prologue is read sequentially.
      guard let split = chunkedEvents(cut, chunkSize: 300) else { continue }
      #expect(rendered(split.events) == sequential, "cut at \(end)")
    }
  }

  @Test func anErrorPastABoundaryHasTheFilesLineAndColumn() throws {
    // The third parcel is in the fourth chunk (the first holds the white
    // space before the first parcel); its `</b>` closes nothing open:
    // line 5, column 26 (just after `</b>`, where libxml2 stops;
    // 4 spaces, `<a>名字</a>` 9, `<a>乙</a>` 8, `</b>` 4),
    // and the open tag's own line in the message is the file's too.
    let xml = """
      <landRecords xmlns="urn:x">
        <parcel id="1"/>
        <parcel id="2"><a>甲</a></parcel>
        <parcel id="3">
          <a>名字</a><a>乙</a></b>
        </parcel>
      </landRecords>
      """
    let bytes = Array(xml.utf8)
    expectSameEvents(bytes, chunkSize: 1)
    let split = try #require(chunkedEvents(bytes, chunkSize: 1))
    #expect(split.chunks == 4)
    let (diagnostic, partial) = try #require(failure(split.events))
    #expect(
      diagnostic.description
        == "t.xml:5:26: error: Opening and ending tag mismatch: parcel line 4 and b")
    #expect(partial?.attribute("id") == "3")
    #expect(partial?.location == SourceLocation(file: "t.xml", line: 4, column: 3))
    #expect(records(split.events).map { $0.location.line } == [2, 3])
  }

  @Test func aFileThatBreaksOffInALaterChunkSaysWhere() throws {
    let xml = "<landRecords xmlns=\"urn:x\">\n  <parcel id=\"1\"/>\n  <parcel id=\"2\">\n    <a>x"
    let bytes = Array(xml.utf8)
    expectSameEvents(bytes, chunkSize: 1)
    let split = try #require(chunkedEvents(bytes, chunkSize: 1))
    let (diagnostic, _) = try #require(failure(split.events))
    #expect(diagnostic.location.line == 4)
    #expect(diagnostic.message.hasPrefix("the file ends before <a> (opened at line 4, column 5)"))
  }

  @Test(arguments: [
    "<!DOCTYPE r><r><p/><p/></r>",
    "\u{FEFF}<r><p/><p/></r>",
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r><p/><p/></r>",
    "<r/>",
    "  <r><p/></r>",
    "",
  ])
  func unusualProloguesAreNotSplit(xml: String) {
    #expect(chunkedEvents(Array(xml.utf8), chunkSize: 1) == nil)
  }

  @Test(arguments: [
    "<root>\n<p/>\n<p/></root>\n<extra/>",
    "<root>\n<p/>\r<p/>\n<p/></root>",
    "<root>\r\n<p/>\r\n  <p/>\r\n<p a='1\r\n2'/>\r\n</root>",
    "<root>\n<p/>\n<!DOCTYPE x><p/></root>",
    "<root>\n<p/>\n<p/></root></root>",
    "<root>\n<p/>\n<p></root>\n<p/></root>",
    "<root>\n<p/>\n<p a='<'/>\n<p/></root>",
    "<root>\n<p/>\n<p/><!-- unclosed",
    "<root>\n<p/>\n<p/>&bogus;\n<p/></root>",
    "<root>\n<p>\u{1}</p>\n<p/>\n<p/></root>",
    "<root>\n<p/>\n<p/>\n<p>\n<q\n  a='1'\n/>\n</p>\n</root>",
  ])
  func oddContentGivesTheSameEvents(xml: String) {
    expectSameEvents(Array(xml.utf8), chunkSize: 1)
  }

  @Test func lineNumbersPast65535StayRightInLaterChunks() throws {
    var xml = "<root>\n"
    for index in 0..<70_000 { xml += "<p n=\"\(index)\"/>\n" }
    xml += "<p></q></root>\n"
    let bytes = Array(xml.utf8)
    expectSameEvents(bytes, chunkSize: 100_000)
    let split = try #require(chunkedEvents(bytes, chunkSize: 100_000))
    #expect(split.chunks > 5)
    #expect(failure(split.events)?.0.location.line == 70_002)
  }
}

func readSample(_ name: String) throws -> [UInt8] {
  let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let url = repository.appendingPathComponent("SampleParcels").appendingPathComponent(name)
  return Array(try Data(contentsOf: url))
}
