import Testing

@testable import XMLStream

/// A reader that knows its records are `<parcel>` goes on after a broken
/// one at the next `<parcel`, and says where; read whole or in chunks of
/// any size, a file gives the same events.
@Suite struct BrokenRecordResumeTests {
  /// Every event of `text`, read on one thread by a reader that knows its
  /// record name (or not).
  func events(_ text: String, recordName: String? = "parcel", maxDepth: Int = 256) -> [XMLEvent] {
    let reader = XMLRecordReader(bytes: Array(text.utf8), fileName: "t.xml")
    reader.recordName = recordName
    reader.maxDepth = maxDepth
    var out: [XMLEvent] = []
    while let event = reader.next() { out.append(event) }
    return out
  }

  /// The same, read in chunks of at least `chunkSize` bytes.
  func chunked(_ text: String, chunkSize: Int) -> [XMLEvent]? {
    chunkedEvents(Array(text.utf8), chunkSize: chunkSize, recordName: "parcel")?.events
  }

  /// A short form of each event: `record ID@line:column`,
  /// `broken ID@line:column -> line:column` (`-` for no partial or no
  /// resumption), `failure ID`.
  func summary(_ events: [XMLEvent]) -> [String] {
    events.map { event in
      switch event {
      case .record(let element):
        return "record \(element.attribute("id") ?? "?")@\(at(element.location))"
      case .broken(_, let partial, let resumedAt):
        let open = partial.map { "\($0.attribute("id") ?? "?")@\(at($0.location))" } ?? "-"
        return "broken \(open) -> \(resumedAt.map(at) ?? "-")"
      case .failure(_, let partial):
        return "failure \(partial?.attribute("id") ?? "-")"
      }
    }
  }

  func at(_ location: XMLStream.SourceLocation) -> String { "\(location.line):\(location.column)" }

  func diagnostic(_ events: [XMLEvent], _ index: Int) -> Diagnostic? {
    guard index < events.count else { return nil }
    switch events[index] {
    case .broken(let diagnostic, _, _), .failure(let diagnostic, _): return diagnostic
    case .record: return nil
    }
  }

  /// Lines 1–2: declaration and root; each body line below is one line.
  func document(_ body: [String]) -> String {
    (["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<landRecords xmlns=\"urn:x\">"] + body
      + ["</landRecords>", ""]).joined(separator: "\n")
  }

  let mismatched = [
    "  <parcel id=\"A\"><name>a</name></parcel>",  // line 3
    "  <parcel id=\"B\">",  // line 4
    "    <name>b</nam>",  // line 5: the end tag does not match
    "  </parcel>",  // line 6
    "  <parcel id=\"C\"><name>c</name></parcel>",  // line 7
  ]

  @Test func aMismatchedEndTagRejectsItsRecordAndReadingGoesOnAtTheNext() {
    let events = events(document(mismatched))
    #expect(summary(events) == ["record A@3:3", "broken B@4:3 -> 7:3", "record C@7:3"])
    // libxml2's words, at the end tag's name: `    <name>b</nam` is 16
    // characters, so the error is reported at column 17.
    #expect(diagnostic(events, 1)?.location.line == 5)
    #expect(diagnostic(events, 1)?.message.contains("mismatch") == true)
  }

  @Test func withoutARecordNameTheFirstErrorEndsTheDocument() {
    #expect(
      summary(events(document(mismatched), recordName: nil)) == ["record A@3:3", "failure B"])
  }

  @Test func invalidUTF8InARecordRejectsOnlyThatRecord() {
    let text = document([
      "  <parcel id=\"A\"/>",  // line 3
      "  <parcel id=\"B\"><name>\u{FFFF}</name></parcel>",  // line 4, made invalid below
      "  <parcel id=\"C\"/>",  // line 5
    ])
    // U+FFFF is EF BF BF in UTF-8; make it FF FF FF, which no UTF-8 has.
    var bytes = Array(text.utf8)
    let at = bytes.firstIndex(of: 0xEF)!
    bytes.replaceSubrange(at..<(at + 3), with: [0xFF, 0xFF, 0xFF])
    let reader = XMLRecordReader(bytes: bytes, fileName: "t.xml")
    reader.recordName = "parcel"
    var out: [XMLEvent] = []
    while let event = reader.next() { out.append(event) }
    #expect(summary(out) == ["record A@3:3", "broken B@4:3 -> 5:3", "record C@5:3"])
  }

  @Test func aStrayEndOfCDATAWhereLibxml2MiscountsItsLineStillResumesAtTheRightLine() {
    // libxml2 raises "Sequence ']]>' not allowed in content" with its line
    // already on the `]]>` line but its input still before the newline;
    // the position of the next record is counted from B's start tag.
    let text = document([
      "  <parcel id=\"B\">",  // line 3
      "    <buildings>",  // line 4
      "]]>      <building/>",  // line 5
      "    </buildings>",  // line 6
      "  </parcel>",  // line 7
      "  <parcel id=\"C\"/>",  // line 8
    ])
    #expect(summary(events(text)) == ["broken B@3:3 -> 8:3", "record C@8:3"])
  }

  @Test func aBrokenStartTagHasNoRecordAndReadingGoesOnAtTheNext() {
    let text = document([
      "  <parcel id=\"A\"/>",  // line 3
      "  <parcel id=\"B\" note=\"a < b\">",  // line 4: a raw `<` in a value
      "  </parcel>",  // line 5
      "  <parcel id=\"C\"/>",  // line 6
    ])
    #expect(summary(events(text)) == ["record A@3:3", "broken - -> 6:3", "record C@6:3"])
  }

  @Test func aBrokenLastRecordSkipsToTheEndOfTheFile() {
    let text = document([
      "  <parcel id=\"A\"/>",  // line 3
      "  <parcel id=\"B\"><name>b</nam></parcel>",  // line 4
    ])
    #expect(summary(events(text)) == ["record A@3:3", "broken B@4:3 -> -"])
  }

  @Test func aFileCutOffInsideARecordStillEndsWithAFailure() {
    let text =
      "<?xml version=\"1.0\"?>\n<landRecords>\n  <parcel id=\"A\"/>\n  <parcel id=\"B\"><name>b"
    #expect(summary(events(text)) == ["record A@3:3", "failure B"])
  }

  @Test func aProcessingInstructionLeftOpenDoesNotSwallowTheRecordsAfterIt() {
    let text = document([
      "  <parcel id=\"B\">",  // line 3
      "    <?pi never closed",  // line 4
      "  </parcel>",  // line 5
      "  <parcel id=\"C\"/>",  // line 6
      "  <parcel id=\"D\"/>",  // line 7
    ])
    let events = events(text)
    #expect(summary(events) == ["broken B@3:3 -> 6:3", "record C@6:3", "record D@7:3"])
    #expect(
      diagnostic(events, 0)?.message
        == "the parser read to the end of the file inside markup left open in the record before (a comment, CDATA section or processing instruction that is never closed?); close it"
    )
  }

  @Test func twoBrokenRecordsInARowAreEachRejected() {
    let text = document([
      "  <parcel id=\"A\"><x></parcel>",  // line 3
      "  <parcel id=\"B\"><y></parcel>",  // line 4
      "  <parcel id=\"C\"/>",  // line 5
    ])
    #expect(
      summary(events(text)) == ["broken A@3:3 -> 4:3", "broken B@4:3 -> 5:3", "record C@5:3"])
  }

  @Test func aRecordNestedTooDeepIsSkippedAndTheNextRead() {
    // The root is level 1, the parcel 2, <a> 3, <b> 4: past a limit of 3.
    let text = document([
      "  <parcel id=\"A\"><a><b/></a></parcel>",  // line 3
      "  <parcel id=\"B\"><a/></parcel>",  // line 4
    ])
    #expect(summary(events(text, maxDepth: 3)) == ["broken A@3:3 -> 4:3", "record B@4:3"])
  }

  @Test func anOtherElementBetweenRecordsIsSkippedWithTheBrokenOne() {
    // Reading goes on at a `<parcel`, not at any element: <note> is part
    // of what is skipped, however the file is cut.
    let text = document([
      "  <parcel id=\"A\"><x></parcel>",  // line 3
      "  <note id=\"N\"/>",  // line 4
      "  <parcel id=\"B\"/>",  // line 5
    ])
    #expect(summary(events(text)) == ["broken A@3:3 -> 5:3", "record B@5:3"])
    for size in [1, 10, 60] {
      #expect(chunked(text, chunkSize: size).map(summary) == summary(events(text)))
    }
  }

  @Test(arguments: [1, 7, 40, 100, 1 << 20])
  func everyBrokenDocumentGivesTheSameEventsInChunks(chunkSize: Int) {
    let documents = [
      document(mismatched),
      document([
        "  <parcel id=\"A\"/>", "  <parcel id=\"B\" note=\"a < b\">", "  </parcel>",
        "  <parcel id=\"C\"/>",
      ]),
      document([
        "  <parcel id=\"B\">", "    <buildings>", "]]>      <building/>", "    </buildings>",
        "  </parcel>", "  <parcel id=\"C\"/>",
      ]),
      document(["  <parcel id=\"A\"><x></parcel>", "  <parcel id=\"B\"><y></parcel>"]),
      document([
        "  <parcel id=\"B\">", "    <?pi never closed", "  </parcel>", "  <parcel id=\"C\"/>",
      ]),
    ]
    for text in documents {
      let whole = rendered(events(text))
      #expect(chunked(text, chunkSize: chunkSize).map(rendered) == whole)
    }
  }

  @Test func theChunkerCutsOnlyBeforeRecordsWhenItKnowsTheirName() throws {
    let text = document([
      "  <parcel id=\"A\"/>", "  <note/>", "  <note/>", "  <parcel id=\"B\"/>", "  <note/>",
    ])
    let whole = XMLRecordReader(bytes: Array(text.utf8), fileName: "t.xml")
    whole.recordName = "parcel"
    let chunker = try #require(whole.chunker(chunkSize: 1))
    var starts: [Int] = []
    var index = 0
    while let chunk = chunker.chunk(index) {
      starts.append(chunk.line)
      index += 1
      if chunk.isLast { break }
    }
    // The first chunk begins after the root's start tag (line 2); the cuts
    // are before A (line 3) and B (line 6), never before a <note>.
    #expect(starts == [2, 3, 6])
  }
}

extension BrokenRecordResumeTests {
  @Test func thousandsOfBrokenRecordsInARowAreEachReported() throws {
    // 5000 broken records, about 170 kB: the bytes read ahead to find the
    // next record run past the reader's 64 kB blocks many times over, and
    // none may be lost between two blocks (a test of the read-ahead).
    let body = (0..<5000).map { "  <parcel id=\"B\($0)\"><x></parcel>" }
    let text = document(body)
    let expected = (0..<5000).map { index in
      // Record `index` is on line index + 3; the next one on the line after
      // (the last: nothing follows).
      "broken B\(index)@\(index + 3):3 -> " + (index == 4999 ? "-" : "\(index + 4):3")
    }
    for got in [summary(events(text))]
      + [4096, 1 << 20].map({ chunked(text, chunkSize: $0).map(summary) ?? [] })
    {
      // The first difference, not 5000 lines, when it fails.
      #expect(got.count == expected.count)
      let first = zip(got, expected).first { $0 != $1 }
      #expect(first == nil, "got \(first?.0 ?? ""), expected \(first?.1 ?? "")")
    }
  }
}

extension BrokenRecordResumeTests {
  @Test(arguments: [150, 400, 1000])
  func aBrokenRecordAfterGoodOnesInAChunkGivesTheSameEvents(chunkSize: Int) {
    // Chunks of several records each, read without libxml2 until a broken
    // record: libxml2 takes over from the end of the record before it,
    // which may end mid-line (G, then H on the same line).
    var body = (0..<40).map { "  <parcel id=\"P\($0)\"><site area=\"\($0)\"/></parcel>" }
    body[7] = "  <parcel id=\"P7\"><site area=\"7\"></parcel>"
    body[23] = "  <parcel id=\"G\"/><parcel id=\"H\"><x></parcel>"
    body[24] = "  <parcel id=\"P24\"><site area=\"24\"/></parcel><parcel id=\"Q\"><x></parcel>"
    let text = document(body)
    let whole = rendered(events(text))
    #expect(summary(events(text)).filter { $0.hasPrefix("broken") }.count == 3)
    #expect(chunked(text, chunkSize: chunkSize).map(rendered) == whole)
  }
}
