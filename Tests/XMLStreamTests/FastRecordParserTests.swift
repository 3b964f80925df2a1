import Testing

@testable import XMLStream

/// Chunks read without libxml2 give exactly the events libxml2 gives, and
/// whatever the direct reader does not vouch for is read by libxml2.
@Suite struct FastRecordParserTests {
  /// Every event of `bytes` in chunks of `chunkSize` (records `parcel`),
  /// read directly where possible or only by libxml2; and how many chunks
  /// were read directly to their end.
  static func chunked(_ bytes: [UInt8], chunkSize: Int, direct: Bool) -> (
    events: [String], directChunks: Int
  )? {
    chunkedEvents(bytes, chunkSize: chunkSize, recordName: "parcel", direct: direct).map {
      (rendered($0.events), $0.directChunks)
    }
  }

  static func sequential(_ bytes: [UInt8]) -> [String] {
    rendered(sequentialEvents(bytes, recordName: "parcel"))
  }

  /// A document of five records, the second one `record`.
  static func document(_ record: String) -> [UInt8] {
    Array(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <landRecords xmlns="urn:mujun:land-records:1" asOf="2025-03-31">
        <parcel id="A"><name>甲</name></parcel>
        \(record)
        <parcel id="C">
          <area unit="m2">100</area>
        </parcel>
        <parcel id="D"/>
        <parcel id="E"/>
      </landRecords>

      """.utf8)
  }

  /// Records the direct reader takes: the events are libxml2's, and the
  /// chunks were read directly.
  @Test(arguments: [
    #"<parcel id="B" note='single "quoted"' b = "2"><x/><y /></parcel>"#,
    "<parcel\n\tid=\"B\"\n  kind=\"multi-line\"/>",
    "<parcel id=\"B\">  名称：甲乙 😀 <b/> a > b ]] c \u{85}\u{7F}\t<c>x</c>\n  </parcel  >",
    "<parcel id=\"B\"><contract id=\"H-1\" signed=\"2019-08-25\"><start due=\"2020-07-25\"/></contract></parcel>",
    "<parcel id='B'/>",
  ])
  func plainRecordsAreReadDirectlyWithTheSameEvents(record: String) throws {
    let bytes = Self.document(record)
    let sequential = Self.sequential(bytes)
    for chunkSize in [1, 60, 1 << 20] {
      let direct = try #require(Self.chunked(bytes, chunkSize: chunkSize, direct: true))
      let libxml2 = try #require(Self.chunked(bytes, chunkSize: chunkSize, direct: false))
      #expect(direct.events == sequential)
      #expect(libxml2.events == sequential)
      #expect(libxml2.directChunks == 0)
      // Chunks of at least 1 byte: chunk 0 is the white space before A
      // (A starts 3 bytes after the root's start tag); chunks 1 to 4 hold
      // A, B, C and D and are read directly; chunk 5, from E on, is the
      // last, which libxml2 reads to the end of the file.
      if chunkSize == 1 { #expect(direct.directChunks == 4) }
    }
  }

  /// Records it declines: libxml2 reads them, with the same events (and
  /// messages) as a reading without the direct reader.
  @Test(arguments: [
    "<parcel id=\"B\">A &amp; B</parcel>",
    "<parcel id=\"B\" note=\"&#38;\"/>",
    "<parcel id=\"B\"><!-- c --></parcel>",
    "<parcel id=\"B\"><![CDATA[x]]></parcel>",
    "<parcel id=\"B\"><?pi x?></parcel>",
    "<parcel id=\"B\">\r\n</parcel>",
    "<parcel id=\"B\">a ]]> b</parcel>",
    "<parcel id=\"B\" id=\"C\"/>",
    "<parcel id=\"B\"note=\"x\"/>",
    "<parcel id=\"B\"><a></b></parcel>",
    "<parcel id=\"B\"><a:b xmlns:a=\"urn:a\"/></parcel>",
    "<parcel id=\"B\" xmlns=\"urn:other\"/>",
    "<parcel id=\"B\">\u{01}</parcel>",
    "<parcel id=\"B\"><名/></parcel>",
    "<parcel id=\"B\" note=\"a\tb\"/>",
    "<parcel id=B/>",
    "<parcel id=\"B\"><a>",
    "x <parcel id=\"B\"/>",
    // After A, read directly: libxml2 reads A's chunk again, skipping A,
    // fails at U+0001, and reads it again to the end, skipping A again.
    "\u{01} <parcel id=\"B\"/>",
    "<plot id=\"B\"/>",
  ])
  func otherRecordsAreLeftToLibXML2(record: String) throws {
    try Self.expectSame(Self.document(record))
  }

  /// Bytes that are not UTF-8, or not characters XML allows.
  @Test(
    arguments: [
      [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF],
      [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0x80],
    ] as [[UInt8]])
  func malformedUTF8IsLeftToLibXML2(bad: [UInt8]) throws {
    let marker = Array("@@@".utf8)
    let template = Self.document("<parcel id=\"B\"><name>@@@</name></parcel>")
    guard let at = template.firstRange(of: marker) else {
      Issue.record("no marker")
      return
    }
    var bytes = template
    bytes.replaceSubrange(at, with: bad)
    try Self.expectSame(bytes)
  }

  static func expectSame(
    _ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    let sequential = Self.sequential(bytes)
    for chunkSize in [1, 60, 1 << 20] {
      let direct = try #require(Self.chunked(bytes, chunkSize: chunkSize, direct: true))
      let libxml2 = try #require(Self.chunked(bytes, chunkSize: chunkSize, direct: false))
      #expect(direct.events == libxml2.events, sourceLocation: sourceLocation)
      #expect(direct.events == sequential, sourceLocation: sourceLocation)
    }
  }
}

extension FastRecordParserTests {
  /// Attribute values are stepped over eight bytes at a time: whatever
  /// byte stops the step (the closing quote, `<`, `&`, a control byte, a
  /// character of several bytes), at whatever place in the eight, the
  /// events are libxml2's.
  @Test(arguments: ["'", "\"", "<", "&amp;", "\t", "名", "😀", "\u{FFFD}"])
  func valuesStoppedAtEveryPlaceGiveLibXML2sEvents(stop: String) throws {
    for place in 0..<18 {
      let before = String(repeating: "a", count: place)
      let record = "<parcel id=\"B\" note=\"\(before)\(stop)z\" other='1234567890123'/>"
      try Self.expectSame(Self.document(record))
    }
  }
}
