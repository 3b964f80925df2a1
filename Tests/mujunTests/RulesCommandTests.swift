import Foundation
import Testing

/// `mujun rules validate|show|diff|test` and the choice of a rule-set
/// version by date, run as a user would.
@Suite(.serialized) struct RulesCommandTests {
  /// A rule file with `<effective>`, the first row on line 11.
  func version(
    _ version: String, from: String, until: String? = nil, base: String? = nil, rows: [String]
  )
    -> String
  {
    let untilAttribute = until.map { " until=\"\($0)\"" } ?? ""
    let baseAttribute = base.map { " base=\"\($0)\"" } ?? ""
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <ruleSet xmlns="urn:mujun:rules:1" id="cd" version="\(version)"\(baseAttribute)>
        <metadata>
          <title>Test cd \(version)</title>
          <source>test</source>
          <classification>GB/T 4754-2017</classification>
          <effective from="\(from)"\(untilAttribute)/>
          <locale>zh-CN</locale>
        </metadata>
        <thresholds>
      \(rows.map { "    " + $0 }.joined(separator: "\n"))
        </thresholds>
      </ruleSet>

      """
  }

  func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  @Test func validateExits1OnAnErrorAndNamesBothRowsOfTheFloor() throws {
    let dir = try temporaryDirectory()
    try write(
      version(
        "1", from: "2024-01-01", base: "cn-national-2008",
        rows: [#"<threshold indicator="plotRatio" sector="C39" min="0.9"/>"#]),
      to: dir + "/cd.xml")
    let result = try mujun(["rules", "validate", "cd.xml"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        cd.xml:11:5: error: plotRatio min 0.9 for sector C39 is below the min 1.0 of base \
        cn-national-2008 at cn-national-2008.xml:49:5; a local rule set may be stricter than its \
        base, never looser: raise min to 1.0 or beyond
        cd.xml: 1 problem

        """)
  }

  @Test func validateExits0WithWarningsOnly() throws {
    let dir = try temporaryDirectory()
    try write(
      version(
        "1", from: "2024-01-01", until: "2025-12-31",
        rows: [#"<threshold indicator="taxPerMu" sector="C" min="8" until="2023-12-31"/>"#]),
      to: dir + "/cd.xml")
    let result = try mujun(["rules", "validate", "cd.xml"], in: dir)
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        cd.xml:11:5: warning: this row never applies: it is in force until 2023-12-31, the rule \
        set 2024-01-01 to 2025-12-31; correct from/until, or remove the row
        cd.xml: valid: cd 1, 1 threshold rows, 1 warning

        """)
  }

  @Test func validateExits1WhenAFileDoesNotLoad() throws {
    let dir = try temporaryDirectory()
    try write(
      version("1", from: "2024-01-01", rows: [#"<threshold indicator="taxPerMu" sector="C"/>"#]),
      to: dir + "/cd.xml")
    let result = try mujun(["rules", "validate", "cd.xml"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.standardOutput.hasPrefix(
        "cd.xml:11:5: error: <threshold> has neither min nor max; expected at least one of them"))
  }

  @Test func aFolderWithoutRuleFilesFailsValidateAndTest() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: dir + "/empty", withIntermediateDirectories: false)
    for command in ["validate", "test"] {
      let result = try mujun(["rules", command, "empty"], in: dir)
      #expect(result.status == 1)
      #expect(
        result.standardOutput
          == "empty: error: the folder holds no .xml rule files; give a rule file or a folder of them\n"
      )
    }
  }

  @Test func validateOfAFolderChecksTheVersionsPeriods() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: dir + "/rules", withIntermediateDirectories: true)
    let row = #"<threshold indicator="taxPerMu" sector="C" min="8"/>"#
    // 2022 runs to the end of 2024, 2024 starts on 2024-01-01: a year of overlap.
    try write(
      version("2022.1", from: "2022-01-01", until: "2024-12-31", rows: [row]),
      to: dir + "/rules/cd-2022.xml")
    try write(version("2024.1", from: "2024-01-01", rows: [row]), to: dir + "/rules/cd-2024.xml")
    let result = try mujun(["rules", "validate", "rules"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        rules/cd-2022.xml: valid: cd 2022.1, 1 threshold rows
        rules/cd-2024.xml: valid: cd 2024.1, 1 threshold rows
        rules/cd-2024.xml:7:5: error: versions of cd overlap: this one and rules/cd-2022.xml \
        (version 2022.1, 2022-01-01 to 2024-12-31) are both in force 2024-01-01 to 2024-12-31; \
        end one with until= the day before the other's from=

        """)
  }

  @Test func showListsEachBoundWithItsRowAndTheRowsItOverrides() throws {
    // chengdu-example for a C3670 parcel: its C36 rows decide; the C rows
    // (investment 150, output 250, tax 8) lose on specificity; its C36 plot
    // ratio replaces the national C36 row (line 46).
    let result = try mujun([
      "rules", "show", "--sector", "C3670", "--district", "510112", "--rules",
      "Rules/chengdu-example.xml",
    ])
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        chengdu-example 2024.2-example (extends cn-national-2008 2008.1), newest rows
        for sector C3670, district 510112, no zone

        indicator            bound  value           decided by               overrides
        investmentIntensity  min    250 10k-CNY/mu  chengdu-example.xml:54   chengdu-example.xml:61 (150, less specific)
        plotRatio            min    0.7             chengdu-example.xml:52   cn-national-2008.xml:46 (0.7, replaced)
        plotRatio            max    1.8             chengdu-example.xml:52
        buildingCoefficient  min    0.30            cn-national-2008.xml:54
        buildingDensity      min    0.35            chengdu-example.xml:53
        buildingDensity      max    0.65            chengdu-example.xml:53
        adminShare           max    0.07            cn-national-2008.xml:55
        greenRatio           max    0.20            cn-national-2008.xml:56
        taxPerMu             min    20 10k-CNY/mu   chengdu-example.xml:56   chengdu-example.xml:63 (8, less specific)
        outputPerMu          min    400 10k-CNY/mu  chengdu-example.xml:55   chengdu-example.xml:62 (250, less specific)
        rndIntensity         min    0.01            chengdu-example.xml:64

        """)
  }

  @Test func diffOfTwoVersionsListsEachChangedRow() throws {
    let dir = try temporaryDirectory()
    try write(
      version(
        "2022.1", from: "2022-01-01", until: "2023-12-31",
        rows: [
          #"<threshold indicator="taxPerMu" sector="C" min="8"/>"#,
          #"<threshold indicator="plotRatio" sector="C39" min="1.0" max="3.0"/>"#,
          #"<threshold indicator="greenRatio" sector="C" max="0.15"/>"#,
          #"<threshold indicator="outputPerMu" sector="C" min="250"/>"#,
        ]), to: dir + "/cd-2022.xml")
    try write(
      version(
        "2024.1", from: "2024-01-01",
        rows: [
          #"<threshold indicator="taxPerMu" sector="C" min="12"/>"#,
          #"<threshold indicator="plotRatio" sector="C39" min="1.2" max="3.5"/>"#,
          #"<threshold indicator="greenRatio" sector="C" max="0.20"/>"#,
          #"<threshold indicator="rndIntensity" sector="C" min="0.01"/>"#,
        ]), to: dir + "/cd-2024.xml")
    let result = try mujun(["rules", "diff", "cd-2022.xml", "cd-2024.xml"], in: dir)
    #expect(result.status == 0)
    // Tax 8 → 12: tightened; plot ratio min up, max up: mixed; green max
    // 0.15 → 0.20: loosened; output removed; R&D added.
    #expect(
      result.standardOutput == """
        old: cd 2022.1 (cd-2022.xml)
        new: cd 2024.1 (cd-2024.xml)

        plotRatio
          sector  district  zone  change  old               new               lines
          C39     -         -     mixed   min 1.0, max 3.0  min 1.2, max 3.5  12 → 12

        greenRatio
          sector  district  zone  change    old       new       lines
          C       -         -     loosened  max 0.15  max 0.20  13 → 13

        taxPerMu
          sector  district  zone  change     old    new     lines
          C       -         -     tightened  min 8  min 12  11 → 11

        outputPerMu
          sector  district  zone  change   old      new  lines
          C       -         -     removed  min 250  -    14 → -

        rndIntensity
          sector  district  zone  change  old  new       lines
          C       -         -     added   -    min 0.01  - → 14

        1 added, 1 removed, 1 tightened, 1 loosened, 1 mixed

        """)
    let html = try mujun(
      ["rules", "diff", "cd-2022.xml", "cd-2024.xml", "--html", "diff.html"], in: dir)
    #expect(html.status == 0)
    let page = try String(contentsOfFile: dir + "/diff.html", encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("<td>C39</td><td>-</td><td>-</td><td>mixed</td>"))
    #expect(page.contains("<td>14 → -</td>"))
    #expect(!page.contains("<script src") && !page.contains("<link"))
  }

  @Test func rulesTestPassesOnTheShippedRuleSets() throws {
    let result = try mujun(["rules", "test", "Rules/"])
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        PASS Rules/tests/chengdu-example/basic
        PASS Rules/tests/chengdu-example/thresholds
        PASS Rules/tests/cn-national-2008/basic
        PASS Rules/tests/zj-huangyan-2022/basic
        4 passed, 0 failed

        """)
  }

  @Test func rulesTestReportsEachMismatchWithTheExpectationsLine() throws {
    let dir = try temporaryDirectory()
    try write(
      version(
        "1", from: "2024-01-01", rows: [#"<threshold indicator="taxPerMu" sector="C" min="8"/>"#]),
      to: dir + "/cd.xml")
    try FileManager.default.createDirectory(
      atPath: dir + "/tests/cd", withIntermediateDirectories: true)
    // 15 mu, tax 150: 10 per mu >= 8, so compliant; the file expects otherwise.
    try write(
      """
      <landRecords xmlns="urn:mujun:land-records:1">
        <parcel id="P-1">
          <district code="510116">区</district>
          <area unit="mu">15</area>
          <sector code="C3981">x</sector>
          <holder scale="above">甲</holder>
          <performance year="2024" tax="150"/>
        </parcel>
      </landRecords>

      """, to: dir + "/tests/cd/tax.xml")
    try write(
      "# wrong on purpose\nparcel\tstatus\tfailed\ttaxPerMu\nP-1\tnoncompliant\ttaxPerMu\t9.0000\n",
      to: dir + "/tests/cd/tax.expected")
    let result = try mujun(["rules", "test", "cd.xml"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        FAIL tests/cd/tax
          tests/cd/tax.expected:3: parcel P-1: status: expected noncompliant, got compliant
          tests/cd/tax.expected:3: parcel P-1: failed: expected taxPerMu, got (none)
          tests/cd/tax.expected:3: parcel P-1: taxPerMu: expected 9.0000, got 10.0000
        0 passed, 1 failed

        """)
  }

  @Test func evaluatePicksTheVersionInForceAtTheEndOfTheYear() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: dir + "/rules", withIntermediateDirectories: true)
    // Tax per mu >= 8 in 2022-2023, >= 12 from 2024.
    try write(
      version(
        "2022.1", from: "2022-01-01", until: "2023-12-31",
        rows: [#"<threshold indicator="taxPerMu" sector="C" min="8"/>"#]),
      to: dir + "/rules/cd-2022.xml")
    try write(
      version(
        "2024.1", from: "2024-01-01",
        rows: [#"<threshold indicator="taxPerMu" sector="C" min="12"/>"#]),
      to: dir + "/rules/cd-2024.xml")
    // 15 mu, tax 150 each year: 10 per mu. 10 >= 8 in 2022; 10 < 12 in 2024.
    try write(
      """
      <landRecords xmlns="urn:mujun:land-records:1">
        <parcel id="P-1">
          <district code="510116">区</district>
          <area unit="mu">15</area>
          <sector code="C3981">x</sector>
          <holder scale="above">甲</holder>
          <performance year="2022" tax="150"/>
          <performance year="2024" tax="150"/>
        </parcel>
      </landRecords>

      """, to: dir + "/records.xml")
    let in2022 = try mujun(
      ["evaluate", "records.xml", "--rules", "rules", "--year", "2022", "--jsonl", "-"], in: dir)
    #expect(in2022.status == 0)
    #expect(in2022.standardOutput.contains(#""status":"compliant","year":2022"#))
    #expect(in2022.standardOutput.contains(#""ruleSet":{"id":"cd","version":"2022.1""#))
    let in2024 = try mujun(
      ["evaluate", "records.xml", "--rules", "rules", "--year", "2024", "--jsonl", "-"], in: dir)
    #expect(in2024.standardOutput.contains(#""status":"noncompliant","year":2024"#))
    #expect(in2024.standardOutput.contains(#""ruleSet":{"id":"cd","version":"2024.1""#))
    // --date decides over --year: the 2022 rules applied to the 2024 figures.
    let dated = try mujun(
      [
        "evaluate", "records.xml", "--rules", "rules", "--year", "2024", "--date", "2023-06-30",
        "--jsonl", "-",
      ], in: dir)
    #expect(dated.standardOutput.contains(#""status":"compliant","year":2024"#))
    #expect(dated.standardOutput.contains(#""version":"2022.1""#))
    let none = try mujun(
      ["evaluate", "records.xml", "--rules", "rules", "--year", "2021", "--jsonl", "-"], in: dir)
    #expect(none.status == 2)
    #expect(none.standardError.contains("error: no version of cd is in force on 2021-12-31"))
  }
}
