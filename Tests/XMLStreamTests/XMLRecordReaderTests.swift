import Testing

@testable import XMLStream

#if canImport(Glibc)
  import Glibc
#endif

/// Reads every event of a document held in a string.
func events(_ xml: String, file: String = "t.xml") -> [XMLEvent] {
  let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: file)
  var out: [XMLEvent] = []
  while let event = reader.next() { out.append(event) }
  return out
}

func records(_ events: [XMLEvent]) -> [XMLElement] {
  events.compactMap { if case .record(let record) = $0 { record.element } else { nil } }
}

func failure(_ events: [XMLEvent]) -> (Diagnostic, XMLElement?)? {
  for event in events {
    if case .failure(let diagnostic, let partial) = event { return (diagnostic, partial) }
  }
  return nil
}

@Suite struct XMLRecordReaderTests {
  @Test func handsOutEachChildOfTheRootAsOneSubtree() throws {
    let xml = """
      <root xmlns="urn:x" a="1">
        <item id="one"><name>甲</name><part n="1"/><part n="2"/></item>
        <item id="two">
          <name>乙 &amp; 丙 &lt;x&gt;</name>
        </item>
      </root>
      """
    let all = events(xml)
    let items = records(all)
    #expect(items.count == 2)
    #expect(failure(all) == nil)
    let first = try #require(items.first)
    #expect(first.name == "item")
    #expect(first.namespace == "urn:x")
    #expect(first.attribute("id") == "one")
    #expect(first.children.map(\.name) == ["name", "part", "part"])
    #expect(first.children(named: "part").map { $0.attribute("n") } == ["1", "2"])
    #expect(first.children[0].text == "甲")
    #expect(items[1].children[0].text == "乙 & 丙 <x>")
  }

  @Test func locationsPointAtTheStartTag() throws {
    // Line 2 starts with two spaces, so `<item` is at column 3; on line 3 the
    // `<name>` follows four spaces and is at column 5; the multi-line start
    // tag of the second item begins on line 5, column 3.
    let xml =
      "<root>\n  <item id=\"a\">\n    <name>x</name></item>\n  <!-- c -->\n  <item\n    id=\"b\"/>\n</root>\n"
    let items = records(events(xml, file: "f.xml"))
    #expect(items.count == 2)
    #expect(items[0].location == SourceLocation(file: "f.xml", line: 2, column: 3))
    #expect(items[0].children[0].location == SourceLocation(file: "f.xml", line: 3, column: 5))
    #expect(items[1].location.description == "f.xml:5:3")
  }

  @Test func columnsCountCharactersNotBytes() throws {
    // "<r><a>成都</a><b/></r>": `<b/>` follows 12 characters (16 bytes):
    // `<r>` 3 + `<a>` 3 + 成都 2 + `</a>` 4, so it is at column 13.
    let items = records(events("<r><a>成都</a><b/></r>"))
    #expect(items.map(\.location.column) == [4, 13])
  }

  @Test func ampersandInAttributeValuesIsDecoded() throws {
    let items = records(events(#"<r><a v="A &amp; B &lt; C &#38; D &quot;E&quot;"/></r>"#))
    #expect(items.first?.attribute("v") == #"A & B < C & D "E""#)
  }

  @Test func aTruncatedDocumentGivesTheRecordsBeforeTheBreakThenAFailure() throws {
    let xml = "<r>\n<a id=\"1\"/>\n<a id=\"2\"><b/></a>\n<a id=\"3\">\n<b>"
    let all = events(xml)
    #expect(records(all).map { $0.attribute("id") } == ["1", "2"])
    let (diagnostic, partial) = try #require(failure(all))
    #expect(partial?.attribute("id") == "3")
    // The file ends after `<b>` on line 5 (column 4 is past its `>`).
    #expect(
      diagnostic.description
        == "t.xml:5:4: error: the file ends before <b> (opened at line 5, column 1) is closed; the file may be cut off"
    )
    // Nothing follows the failure.
    guard case .failure = try #require(all.last) else {
      Issue.record("the failure must be the last event")
      return
    }
  }

  @Test func aMismatchedTagIsReportedWhereItIs() throws {
    let xml = "<r>\n<a id=\"1\"/>\n<a id=\"2\"></b>\n</r>"
    let all = events(xml)
    #expect(records(all).count == 1)
    let (diagnostic, partial) = try #require(failure(all))
    #expect(partial?.attribute("id") == "2")
    #expect(diagnostic.location.line == 3)
    #expect(diagnostic.message.contains("mismatch"))
  }

  @Test func aDoctypeIsRefusedSoNoEntityIsEverExpanded() throws {
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <r><x v="&b;">&b;</x></r>
      """
    let all = events(laughs)
    #expect(records(all).isEmpty)
    let (diagnostic, _) = try #require(failure(all))
    #expect(
      diagnostic.description
        == "t.xml:2:1: error: a DOCTYPE is not allowed in this document (no DTDs or entities are read); remove it"
    )
  }

  @Test func anExternalEntityIsNeverRead() throws {
    let xxe = """
      <!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>
      <r><x>&e;</x></r>
      """
    let all = events(xxe)
    #expect(records(all).allSatisfy { !$0.text.contains("root:") })
    #expect(failure(all) != nil)
  }

  @Test func lineNumbersPast65535AreKept() throws {
    let xml = "<r>" + String(repeating: "\n", count: 70_000) + "<a/></r>"
    let items = records(events(xml))
    #expect(items.first?.location.line == 70_001)
  }

  @Test func anEmptyFileIsAnError() throws {
    let (diagnostic, _) = try #require(failure(events("")))
    #expect(
      diagnostic.description == "t.xml:1:1: error: the file is empty; expected an XML document")
  }

  @Test func aFileThatCannotBeOpenedIsADiagnostic() throws {
    #expect(throws: Diagnostic.self) {
      _ = try XMLRecordReader(path: "/nonexistent/records.xml")
    }
    do {
      _ = try XMLRecordReader(path: "/nonexistent/records.xml")
    } catch {
      #expect(
        error.description
          == "/nonexistent/records.xml:1:1: error: cannot read the file: No such file or directory; check the path and its permissions"
      )
    }
  }

  @Test func aRecordOverTheElementLimitStopsTheDocument() throws {
    let body = String(repeating: "<c/>", count: 20)
    let reader = XMLRecordReader(bytes: Array("<r><a>\(body)</a></r>".utf8), fileName: "t.xml")
    reader.maxRecordElements = 10
    var last: XMLEvent?
    while let event = reader.next() { last = event }
    guard case .failure(let diagnostic, _) = try #require(last) else {
      Issue.record("expected a failure")
      return
    }
    #expect(diagnostic.message == "record has more than 10 elements; split it or check the file")
  }

  @Test func readsAFileInChunksAcrossBufferBoundaries() throws {
    // 5000 records of about 60 bytes: several 64 KiB chunks.
    var xml = "<r>\n"
    for index in 0..<5000 { xml += "  <a id=\"\(index)\"><b>text \(index)</b></a>\n" }
    xml += "</r>\n"
    let path = "/tmp/mujun-xmlstream-chunks-\(xml.count).xml"
    let file = fopen(path, "w")
    fputs(xml, file)
    fclose(file)
    let reader = try XMLRecordReader(path: path)
    var count = 0
    while let event = reader.next() {
      guard case .record(let element) = event else {
        Issue.record("unexpected \(event)")
        break
      }
      #expect(element.attribute("id") == String(count))
      #expect(element.location.line == count + 2)
      count += 1
    }
    #expect(count == 5000)
  }
}
