import Foundation
import Testing

/// Broken and hostile land-record files (issue 7), each through the real
/// `mujun evaluate` with JSON Lines, CSV and HTML written: no crash, no
/// hang, a `file:line:column: error:` message, the good records around a
/// bad one still evaluated, and nothing from outside the file (such as
/// /etc/passwd) in any output. The inputs are in Tests/Corpus/records, or
/// made here when they are large (bombs, huge text, deep nesting).
@Suite(.serialized) struct HostileInputTests {
  // MARK: Entities: no DOCTYPE is read, so no entity is ever expanded.

  @Test(arguments: [
    ("xxe-local-file.xml", 2),
    ("xxe-parameter-entity.xml", 2),
    ("billion-laughs.xml", 2),
  ])
  func aDoctypeIsRefusedBeforeAnythingIsRead(name: String, line: Int) throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("records", name)
    let run = try evaluateHostile(file, in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError.hasPrefix(
        "\(file):\(line):1: error: a DOCTYPE is not allowed in this document (no DTDs or entities are read); remove it\n"
      ))
    #expect(run.verdicts.isEmpty)
    run.expectNothingLeaked()
  }

  @Test func validateNeverReadsAnExternalEntity() throws {
    // `mujun validate` also runs libxml2's XSD validator over the file; its
    // entity loader refuses everything too.
    let file = corpusPath("records", "xxe-local-file.xml")
    let result = try mujun(["validate", file])
    #expect(result.status == 2)
    #expect(
      result.standardOutput.hasPrefix(
        "\(file):2:1: error: a DOCTYPE is not allowed in this document (no DTDs or entities are read); remove it\n"
      ))
    #expect(!(result.standardOutput + result.standardError).contains("root:x:0:0"))
  }

  @Test func aQuadraticBlowUpIsRefusedWithoutExpanding() throws {
    // One 100 000-byte entity used 10 000 times would be 1 GB expanded.
    let dir = try temporaryDirectory()
    let entity = String(repeating: "a", count: 100_000)
    let uses = String(repeating: "&a;", count: 10_000)
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE landRecords [<!ENTITY a "\(entity)">]>
      <landRecords xmlns="urn:mujun:land-records:1"><parcel id="P"><name>\(uses)</name></parcel></landRecords>

      """
    try xml.write(toFile: dir + "/quadratic.xml", atomically: false, encoding: .utf8)
    let run = try evaluateHostile(dir + "/quadratic.xml", in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError.hasPrefix(
        "\(dir)/quadratic.xml:2:1: error: a DOCTYPE is not allowed in this document"))
    #expect(run.verdicts.isEmpty)
    #expect(run.html.utf8.count < 200_000)
  }

  @Test func anUndeclaredEntityRejectsItsRecordAndReadingGoesOn() throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("records", "undeclared-entity.xml")
    let run = try evaluateHostile(file, in: dir)
    #expect(run.result.status == 2)
    // `&xxe;` is at line 9, columns 11-15; libxml2 reports where it stopped,
    // just after the `;`.
    #expect(run.result.standardError.hasPrefix("\(file):9:16: error: Entity 'xxe' not defined"))
    // BAD-ENTITY opens on line 8; GOOD-2 on line 14, column 3.
    #expect(
      run.result.standardError.contains(
        "\(file):8:3: error: parcel is rejected and the rest of it skipped; reading goes on at the next <parcel>, line 14, column 3\n"
      ))
    run.expectGoodRecordsEvaluated()
    #expect(run.verdicts.map(\.id) == ["GOOD-1", "BAD-ENTITY", "GOOD-2"])
    #expect(run.verdicts[1].status == "rejected")
    run.expectNothingLeaked()
  }

  // MARK: Size and depth

  @Test(arguments: [1000, 99_990])
  func nestingDeeperThanLibxml2sLimitRejectsTheRecordWithItsLine(depth: Int) throws {
    // libxml2's limit without XML_PARSE_HUGE is 256 levels (the root is
    // level 1); `depth` levels are opened inside the second record, on line
    // 8. 99 990 levels (under the 100 000-element limit) once overflowed
    // the stack.
    let dir = try temporaryDirectory()
    let deep =
      "  <parcel id=\"BAD-DEEP\">" + String(repeating: "<n>", count: depth)
      + String(repeating: "</n>", count: depth) + "</parcel>"
    try CorpusDocument.around(deep).write(
      toFile: dir + "/deep.xml", atomically: false, encoding: .utf8)
    let run = try evaluateHostile(dir + "/deep.xml", in: dir)
    #expect(run.result.status == 2)
    // Level 257 is the 255th <n>: column 25 + 254 × 3 = 787.
    #expect(
      run.result.standardError.hasPrefix(
        "\(dir)/deep.xml:8:787: error: elements nested more than 256 levels deep; land records nest a few levels; check the file\n"
      ))
    // The bad record is all of line 8; GOOD-2 opens line 9 at column 3.
    #expect(
      run.result.standardError.contains(
        "\(dir)/deep.xml:8:3: error: parcel is rejected and the rest of it skipped; reading goes on at the next <parcel>, line 9, column 3\n"
      ))
    run.expectGoodRecordsEvaluated()
    #expect(run.verdicts.map(\.id) == ["GOOD-1", "BAD-DEEP", "GOOD-2"])
  }

  @Test func aTwentyMegabyteTextNodeRejectsItsRecordWithinBoundedMemory() throws {
    let dir = try temporaryDirectory()
    let huge =
      "  <parcel id=\"BAD-HUGE\">\n    <name>" + String(repeating: "地", count: 7_000_000)
      + "</name>\n  </parcel>"  // 21 000 000 bytes of UTF-8
    try CorpusDocument.around(huge).write(
      toFile: dir + "/huge.xml", atomically: false, encoding: .utf8)
    let run = try evaluateHostile(dir + "/huge.xml", in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError.contains(
        ": error: record <parcel> at line 8 has more than 10000000 bytes of text; split it or check the file"
      ))
    #expect(run.result.standardError.hasPrefix("\(dir)/huge.xml:9:"))
    // BAD-HUGE takes lines 8-10; GOOD-2 opens line 11 at column 3.
    #expect(
      run.result.standardError.contains(
        "\(dir)/huge.xml:8:3: error: parcel is rejected and the rest of it skipped; reading goes on at the next <parcel>, line 11, column 3\n"
      ))
    run.expectGoodRecordsEvaluated()
    #expect(run.verdicts.map(\.id) == ["GOOD-1", "BAD-HUGE", "GOOD-2"])
    // Nothing of the text reaches an output.
    for text in run.everything { #expect(text.utf8.count < 1_000_000) }
  }

  // MARK: Encodings

  @Test func invalidUTF8RejectsItsRecordAtItsLineAndReadingGoesOn() throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("records", "invalid-utf8.xml")
    let run = try evaluateHostile(file, in: dir)
    #expect(run.result.status == 2)
    // The bytes FF FE follow `    <name>示例` on line 9: column 13.
    #expect(
      run.result.standardError.hasPrefix(
        "\(file):9:13: error: the text is not valid UTF-8 here (0xFF 0xFE 0xE9 0xA1); save the file as UTF-8 or declare its encoding in <?xml … encoding=\"…\"?>\n"
      ))
    // BAD-UTF8 opens on line 8; GOOD-2 on line 14, column 3.
    #expect(
      run.result.standardError.contains(
        "\(file):8:3: error: parcel is rejected and the rest of it skipped; reading goes on at the next <parcel>, line 14, column 3\n"
      ))
    #expect(run.verdicts.map(\.id) == ["GOOD-1", "BAD-UTF8", "GOOD-2"])
    run.expectGoodRecordsEvaluated()
    // Every output is valid UTF-8 (a decoded copy equals the bytes).
    let jsonl = try Data(contentsOf: URL(fileURLWithPath: dir + "/v.jsonl"))
    #expect(Data(String(decoding: jsonl, as: UTF8.self).utf8) == jsonl)
  }

  @Test func validateReportsTheBrokenRecordOnceAndChecksTheRecordsAfterIt() throws {
    // The schema pass reads on after bytes that are not UTF-8 as Latin-1;
    // only the decoder pass speaks for what follows (GOOD-2, line 14).
    let file = corpusPath("records", "invalid-utf8.xml")
    let result = try mujun(["validate", file])
    #expect(result.status == 2)
    #expect(
      result.standardOutput == """
        \(file):8:3: error: parcel is rejected and the rest of it skipped; reading goes on at the next <parcel>, line 14, column 3
        \(file):9:13: error: the text is not valid UTF-8 here (0xFF 0xFE 0xE9 0xA1); save the file as UTF-8 or declare its encoding in <?xml … encoding="…"?>
        \(file): 2 problems in 3 parcels

        """)
  }

  @Test func validateSaysNothingOfTheRecordsAfterABreakThatTheSchemaMisreads() throws {
    // Bytes that are not UTF-8 at the start of a line inside parcel 2: the
    // schema pass reads on as Latin-1 and calls the white space of later
    // parcels character content; the decoder pass finds them fine.
    let dir = try temporaryDirectory()
    let file = dir + "/records.xml"
    _ = try mujun(["sample", "--parcels", "4", "--seed", "1", "--out", file])
    var lines = try String(contentsOfFile: file, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
    let starts = lines.indices.filter { lines[$0].starts(with: Array("  <parcel ".utf8)) }
    try #require(starts.count == 4)
    let after = starts[1] + 2  // the line after parcel 2's <name> (0-based)
    lines[after] = [0xFF, 0xFE] + lines[after]  // then the line's 4 spaces of indentation
    try Data(Array(lines.joined(separator: [0x0A]))).write(to: URL(fileURLWithPath: file))
    let result = try mujun(["validate", file])
    #expect(result.status == 2)
    #expect(
      result.standardOutput == """
        \(file):\(starts[1] + 1):3: error: parcel is rejected and the rest of it skipped; reading goes on at the next <parcel>, line \(starts[2] + 1), column 3
        \(file):\(after + 1):1: error: the text is not valid UTF-8 here (0xFF 0xFE 0x20 0x20); save the file as UTF-8 or declare its encoding in <?xml … encoding="…"?>
        \(file): 2 problems in 4 parcels

        """)
  }

  @Test func validateCountsABrokenParcelsIdForDuplicates() throws {
    // P-1 on line 8 is not well-formed; a later parcel with its id
    // (line 9) is a duplicate, as in a batch run.
    let dir = try temporaryDirectory()
    let broken = "  <parcel id=\"P-1\"><x></parcel>\n  <parcel id=\"P-1\"></parcel>"
    try CorpusDocument.around(broken).write(
      toFile: dir + "/records.xml", atomically: false, encoding: .utf8)
    let result = try mujun(["validate", dir + "/records.xml"])
    #expect(result.status == 2)
    #expect(
      result.standardOutput.contains(
        "\(dir)/records.xml:9:3: error: duplicate parcel id \"P-1\"; it was first used at \(dir)/records.xml:8:3; each parcel needs a unique id"
      ))
  }

  @Test(arguments: ["utf-16le", "utf-16be", "utf-8-bom"])
  func aFileInUTF16OrWithAByteOrderMarkIsReadAsItsText(encoding: String) throws {
    let dir = try temporaryDirectory()
    var text = CorpusDocument.around(
      """
        <parcel id="GOOD-3">
          <district code="510116">双流区</district>
          <area unit="m2">10000</area>
          <sector code="C3971">电子元件</sector>
        </parcel>
      """)
    let data: Data
    switch encoding {
    case "utf-16le":
      text = text.replacingOccurrences(of: "UTF-8", with: "UTF-16")
      data = Data([0xFF, 0xFE]) + (text.data(using: .utf16LittleEndian) ?? Data())
    case "utf-16be":
      text = text.replacingOccurrences(of: "UTF-8", with: "UTF-16")
      data = Data([0xFE, 0xFF]) + (text.data(using: .utf16BigEndian) ?? Data())
    default:
      data = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }
    try data.write(to: URL(fileURLWithPath: dir + "/records.xml"))
    let run = try evaluateHostile(dir + "/records.xml", in: dir)
    #expect(run.result.status == 0, "\(run.result.standardError)")
    #expect(run.verdicts.map(\.id) == ["GOOD-1", "GOOD-3", "GOOD-2"])
    run.expectGoodRecordsEvaluated(["GOOD-1", "GOOD-3", "GOOD-2"])
    // The district's name comes through as text, not as bytes of UTF-16.
    #expect(run.csv.contains("双流区"))
  }

  // MARK: Not records at all

  @Test func aCSVFileHandedInByMistakeIsNamedAsNotXML() throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("records", "records-as-csv.csv")
    let run = try evaluateHostile(file, in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError.hasPrefix(
        "\(file):1:1: error: the file is not XML: it holds no element (is it a CSV or text file?); give the XML document\n"
      ))
    #expect(run.verdicts.isEmpty)
  }

  @Test func aFileCutMidRecordKeepsTheRecordsBefore() throws {
    let dir = try temporaryDirectory()
    let whole = CorpusDocument.around(
      """
        <parcel id="CUT">
          <district code="510116">双流区</district>
          <area unit="m2">10000</area>
      """)
    // Cut after `<area unit="m2">10000</area>` of CUT (line 10).
    let cut = String(whole[..<whole.range(of: "10000</area>")!.upperBound])
    try cut.write(toFile: dir + "/cut.xml", atomically: false, encoding: .utf8)
    let run = try evaluateHostile(dir + "/cut.xml", in: dir)
    #expect(run.result.status == 2)
    // The file ends after `10000</area>`, line 10, column 33.
    #expect(
      run.result.standardError.hasPrefix(
        "\(dir)/cut.xml:10:33: error: the file ends before <parcel> (opened at line 8, column 3) is closed; the file may be cut off\n"
      ))
    run.expectGoodRecordsEvaluated(["GOOD-1"])
    #expect(run.verdicts.map(\.id) == ["GOOD-1", "CUT"])
    #expect(run.verdicts.last?.status == "rejected")
  }

  @Test func aDirectoryAsInputIsAnInputError() throws {
    let dir = try temporaryDirectory()
    let run = try evaluateHostile(dir, in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError.hasPrefix(
        "\(dir):1:1: error: cannot read the file: Is a directory\n"))
  }

  @Test func aMissingPathIsAnInputErrorAndWritesNothing() throws {
    let dir = try temporaryDirectory()
    let run = try evaluateHostile(dir + "/missing.xml", in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError
        == "\(dir)/missing.xml:1:1: error: cannot read the file: No such file or directory; check the path and its permissions\n"
    )
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
  }
}
