import Testing

@testable import XMLStream

/// A record's text is bounded (`maxRecordTextBytes`): libxml2 hands a text
/// node over piece by piece without a limit of its own, so a huge one would
/// otherwise be held whole in memory.
@Suite struct RecordTextLimitTests {
  @Test func aRecordOverTheTextLimitStopsTheDocumentAfterTheRecordsBefore() throws {
    // Record 1 holds 10 bytes of text (at the limit); record 2 holds 11.
    let xml = "<r>\n<a>0123456789</a>\n<a><b>01234</b><b>567890</b></a>\n<a>x</a></r>"
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "t.xml")
    reader.maxRecordTextBytes = 10
    var events: [XMLEvent] = []
    while let event = reader.next() { events.append(event) }
    #expect(events.count == 2)
    guard case .record(let first) = try #require(events.first) else {
      Issue.record("expected the first record")
      return
    }
    #expect(first.element.text == "0123456789")
    guard case .failure(let diagnostic, let partial) = try #require(events.last) else {
      Issue.record("expected a failure")
      return
    }
    // The 11th byte is the `0` of `567890`, line 3.
    #expect(diagnostic.location.file == "t.xml")
    #expect(diagnostic.location.line == 3)
    #expect(
      diagnostic.message
        == "record <a> at line 3 has more than 10 bytes of text; split it or check the file")
    #expect(partial?.location.line == 3)
  }

  @Test func whiteSpaceBetweenRecordsDoesNotCount() throws {
    let xml = "<r>" + String(repeating: "\n   <a>12345</a>", count: 100) + "</r>"
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "t.xml")
    reader.maxRecordTextBytes = 5
    var records = 0
    while let event = reader.next() {
      guard case .record = event else {
        Issue.record("unexpected \(event)")
        return
      }
      records += 1
    }
    #expect(records == 100)
  }
}
