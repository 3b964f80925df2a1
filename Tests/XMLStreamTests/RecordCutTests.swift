import Testing

@testable import XMLStream

/// Cuts made where the records' name is found (``RecordChunker``'s
/// `cut(atRecordNamed:)`), checked by the reading of the chunk before them:
/// whatever the chunk size, the events are those of one reader.
@Suite struct RecordCutTests {
  static func sequential(_ bytes: [UInt8]) -> [String] {
    rendered(sequentialEvents(bytes, recordName: "parcel"))
  }

  /// Reads `bytes` in chunks of every size from 1 to its length, with and
  /// without the direct reader, and expects one reader's events each time.
  static func expectSameEventsAtEveryChunkSize(
    _ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let expected = sequential(bytes)
    for size in 1...bytes.count {
      for direct in [true, false] {
        guard
          let split = chunkedEvents(bytes, chunkSize: size, recordName: "parcel", direct: direct)
        else {
          Issue.record("not split", sourceLocation: sourceLocation)
          return
        }
        #expect(
          rendered(split.events) == expected, "chunk size \(size), direct \(direct)",
          sourceLocation: sourceLocation)
      }
    }
  }

  /// `<parcel` in a comment, a processing instruction and CDATA, a prefixed
  /// root, a tab and a multi-line start tag.
  @Test func trickyMarkupGivesOneReadersEvents() {
    Self.expectSameEventsAtEveryChunkSize(Array(tricky.utf8))
  }

  static func document(_ middle: String) -> [UInt8] {
    Array(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <landRecords xmlns="urn:mujun:land-records:1">
        <parcel id="A"><name>甲</name></parcel>
        \(middle)
        <parcel id="C"/>
        <parcel id="D"><area unit="m2">1</area></parcel>
      </landRecords>

      """.utf8)
  }

  /// Places where the records' name is not a record's start: each makes
  /// the chunk before it fail in its made-up end tag, and that chunk is read
  /// again to the end of the file; or it is an error the reader goes on
  /// after, at the same record either way.
  @Test(arguments: [
    "<!-- <parcel id=\"in-comment\"/> -->",
    "<parcel id=\"B\"><!-- <parcel id=\"in-comment\"/> --></parcel>",
    "<parcel id=\"B\"><name><![CDATA[<parcel id=\"in-cdata\">]]></name></parcel>",
    "<?note <parcel id=\"in-pi\"?>",
    "<parcel id=\"B\"><parcel id=\"nested\"/></parcel>",
    "<parcel id=\"B\" note=\"<parcel id='in-value'/>\"/>",
    "<parcel id=\"B\"><name>a < <parcel id=\"in-text\"/></name></parcel>",
    "<parcel id=\"B\"/>\r  <parcel id=\"after-lone-cr\"/>",
    "<parcel id=\"B\"/>\r\n  <parcel id=\"after-crlf\"/>",
    "<parcel id=\"B\"><name>\u{FFFD}</name></parcel>",
    "<parcel id=\"B\">",
    "</landRecords><!-- <parcel id=\"after-root\"/> --><landRecords>",
  ])
  func recordNamesOutsideRecordStartsGiveOneReadersEvents(middle: String) {
    Self.expectSameEventsAtEveryChunkSize(Self.document(middle))
  }

  /// Bytes that are not UTF-8 before a record.
  @Test func bytesThatAreNotUTF8GiveOneReadersEvents() {
    var bytes = Self.document("<parcel id=\"B\"><name>@</name></parcel>")
    let at = bytes.firstIndex(of: UInt8(ascii: "@"))!
    bytes.replaceSubrange(at...at, with: [0xC0, 0xFF])
    Self.expectSameEventsAtEveryChunkSize(bytes)
  }

  /// In a plain file the cuts are where scanning every byte puts them.
  @Test(arguments: [1, 700, 5000])
  func plainFilesAreCutWhereTheScannerCutsThem(chunkSize: Int) throws {
    let bytes = try readSample("chengdu-2024.xml")
    func cuts(_ recordName: String?) throws -> [String] {
      let whole = XMLRecordReader(bytes: bytes, fileName: "t.xml")
      whole.recordName = recordName
      let chunker = try #require(whole.chunker(chunkSize: chunkSize))
      var out: [String] = []
      var index = 0
      while let chunk = chunker.chunk(index) {
        out.append("\(chunk.offset)@\(chunk.line):\(chunk.column)\(chunk.isLast ? " last" : "")")
        index += 1
      }
      return out
    }
    let scanned = try cuts(nil)
    #expect(scanned.count > 2)
    #expect(try cuts("parcel") == scanned)
  }
}

extension RecordCutTests {
  /// The cutter does cut inside the comment: the reading of the chunk
  /// before it is what puts things right.
  @Test func aCommentIsCutInsideAndReadAgain() throws {
    let bytes = Self.document("<!-- <parcel id=\"in-comment\"/> -->")
    let inComment = try #require(bytes.firstRange(of: Array("<parcel id=\"in-comment\"".utf8)))
    let whole = XMLRecordReader(bytes: bytes, fileName: "t.xml")
    whole.recordName = "parcel"
    let chunker = try #require(whole.chunker(chunkSize: 1))
    var chunks: [RecordChunk] = []
    while let chunk = chunker.chunk(chunks.count) { chunks.append(chunk) }
    // The chunk before the cut in the comment is read to the end of the
    // file: it ends in the comment, so its made-up end tag fails.
    let before = try #require(chunks.lastIndex { $0.offset < inComment.lowerBound })
    let reader = chunker.reader(for: chunks[before])
    while reader.next() != nil {}
    let offsets = chunks.map(\.offset)
    let readAgain = !chunks[before].isLast && reader.readsToEndOfFile
    #expect(offsets.contains(inComment.lowerBound))
    #expect(readAgain)
  }
}

extension RecordCutTests {
  /// A stretch longer than the chunker's lookahead without a place to cut
  /// (here a long comment): the rest of the file is the last chunk, read
  /// as it streams, and the events are one reader's.
  @Test(arguments: [nil, "parcel"] as [String?])
  func noCutWithinTheLookaheadMakesTheRestTheLastChunk(recordName: String?) throws {
    let comment = "<!-- " + String(repeating: "x", count: 200_000) + " -->"
    let bytes = Self.document(comment)
    let commentAt = try #require(bytes.firstRange(of: Array("<!--".utf8))).lowerBound
    let whole = XMLRecordReader(bytes: bytes, fileName: "t.xml")
    whole.recordName = recordName
    let chunker = try #require(whole.chunker(chunkSize: 1))
    chunker.lookahead = 100_000
    var chunks: [RecordChunk] = []
    while let chunk = chunker.chunk(chunks.count) { chunks.append(chunk) }
    // The chunker reads 64 kB at a time. Chunk 0 is the space before A;
    // the next record after A starts some 200 kB on, past the lookahead,
    // so chunk 1, from A, is the last: it holds the comment, C and D.
    let last = try #require(chunks.last)
    #expect(last.isLast)
    #expect(chunks.count == 2)
    #expect(last.offset < commentAt)
    var events: [XMLEvent] = []
    for chunk in chunks {
      let reader = chunker.reader(for: chunk)
      while let event = reader.next() { events.append(event) }
    }
    #expect(rendered(events) == rendered(sequentialEvents(bytes, recordName: recordName)))
  }
}
