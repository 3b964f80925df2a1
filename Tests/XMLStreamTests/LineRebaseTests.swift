import Testing

@testable import XMLStream

/// libxml2 counts lines in an `int`; the reader moves its count back now
/// and then and adds the lines it moved, so a file of 2³¹ lines or more
/// still gives the right line. Here the count is moved every 100 lines, so
/// a few hundred thousand lines (read 64 kB at a time, so the count is
/// moved between reads) show what 2³¹ would.
@Suite struct LineRebaseTests {
  /// Records after `newlines` empty lines, read with the count moved back
  /// past line `threshold`.
  func readRecords(newlinesBeforeRoot: Int, newlinesInside: Int, threshold: Int32)
    -> [XMLEvent]
  {
    let xml =
      String(repeating: "\n", count: newlinesBeforeRoot) + "<root>\n"
      + String(repeating: "\n", count: newlinesInside)
      + "  <item id=\"a\"/>\n  <item id=\"b\">\n    <x>\n    </y>\n</root>\n"
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "f.xml")
    reader.lineRebaseThreshold = threshold
    reader.recordName = "item"
    var events: [XMLEvent] = []
    while let event = reader.next() { events.append(event) }
    return events
  }

  @Test(arguments: [Int32(100), 1 << 30])
  func linesPastTheThresholdAreCountedOn(threshold: Int32) throws {
    // 200 000 newlines before the root: `<root>` is on line 200 001;
    // 150 000 inside it: the first item on line 200 001 + 150 000 + 1 =
    // 350 002, the second on 350 003, `<x>` on 350 004 and the `</y>` that
    // does not close it on 350 005; libxml2 reports the error at column 9,
    // just after `    </y>`, and names the line of `<x>` in its message.
    let events = readRecords(
      newlinesBeforeRoot: 200_000, newlinesInside: 150_000, threshold: threshold)
    let items = records(events)
    #expect(items.map(\.location.line) == [350_002])
    let broken = try #require(
      events.compactMap { event -> Diagnostic? in
        switch event {
        case .broken(let diagnostic, _, _), .failure(let diagnostic, _): diagnostic
        case .record: nil
        }
      }.first)
    #expect(
      broken.description
        == "f.xml:350005:9: error: Opening and ending tag mismatch: x line 350004 and y")
  }
}
