import Foundation
import Testing

/// Bad records among good ones (Tests/Corpus/records): each bad record is
/// rejected alone with a `file:line:column: error:` message, and the good
/// records around it are evaluated.
@Suite(.serialized) struct HostileRecordTests {
  @Test func badNumbersAreRejectedOneByOne() throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("records", "bad-numbers.xml")
    let run = try evaluateHostile(file, in: dir)
    #expect(run.result.status == 2)
    // Lines 8-13, one record each; `<area` follows the 61 characters of
    // `  <parcel id="BAD-EXP"><district code="510116">双流区</district>`:
    // column 62, one more or less as the id is longer or shorter.
    let expected = [
      "\(file):8:62: error: area has value \"1e400\"; expected a decimal number greater than 0, such as 12.5",
      "\(file):9:62: error: area has value \"NaN\"; expected a decimal number greater than 0, such as 12.5",
      "\(file):10:66: error: area has value \"-0\"; expected a decimal number greater than 0, such as 12.5",
      "\(file):11:64: error: area has value \"12,5\"; expected a decimal number greater than 0, such as 12.5",
      "\(file):12:62: error: area has value \"0x10\"; expected a decimal number greater than 0, such as 12.5",
    ]
    let lines = run.result.standardError.split(separator: "\n").map(String.init)
    #expect(Array(lines.prefix(5)) == expected)
    // 1 followed by 400 zeros is digits only, but no finite number.
    #expect(lines[5].hasPrefix("\(file):13:63: error: area has value \"100000000000"))
    #expect(
      run.verdicts.map(\.id) == [
        "GOOD-1", "BAD-EXP", "BAD-NAN", "BAD-NEGZERO", "BAD-COMMA", "BAD-HEX", "BAD-HUGE", "GOOD-2",
      ])
    #expect(run.verdicts.filter { $0.status == "rejected" }.count == 6)
    run.expectGoodRecordsEvaluated()
  }

  @Test func anImpossibleDateIsRejected() throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("records", "impossible-date.xml")
    let run = try evaluateHostile(file, in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError.hasPrefix(
        "\(file):12:5: error: supply has date \"2023-02-30\"; expected a date as YYYY-MM-DD, such as 2024-06-30\n"
      ))
    #expect(run.verdicts.map(\.id) == ["GOOD-1", "BAD-DATE", "GOOD-2"])
    run.expectGoodRecordsEvaluated()
  }

  @Test func aRepeatedIDIsRejectedWhereItIsRepeated() throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("records", "repeated-id.xml")
    let run = try evaluateHostile(file, in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError.hasPrefix(
        "\(file):8:3: error: duplicate parcel id \"GOOD-1\"; it was first used at \(file):3:3; each parcel needs a unique id\n"
      ))
    #expect(run.verdicts.map(\.status) == ["incomplete", "rejected", "incomplete"])
    run.expectGoodRecordsEvaluated()
  }

  @Test func anUnknownElementIsRejectedAndNotEchoed() throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("records", "unknown-element.xml")
    let run = try evaluateHostile(file, in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError.hasPrefix(
        "\(file):12:5: error: parcel has unknown element \"secretPayload\"; expected one of name, district, zone, area, sector, holder, tenants, supply, contract, construction, site, buildings, investment, performance, events, ratings\n"
      ))
    run.expectGoodRecordsEvaluated()
    for text in run.everything { #expect(!text.contains("rm -rf")) }
  }

  @Test func aWrongNamespaceIsRefusedAtTheRoot() throws {
    let dir = try temporaryDirectory()
    let file = corpusPath("records", "wrong-namespace.xml")
    let run = try evaluateHostile(file, in: dir)
    #expect(run.result.status == 2)
    #expect(
      run.result.standardError.hasPrefix(
        "\(file):2:1: error: the document's root is <landRecords> in namespace urn:example:land-records:2; expected <landRecords xmlns=\"urn:mujun:land-records:1\">\n"
      ))
    #expect(run.verdicts.isEmpty)
  }
}
