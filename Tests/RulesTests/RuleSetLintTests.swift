import Foundation
import Testing
import XMLStream

@testable import Rules

/// The checks of `mujun rules validate` beyond loading: each message in
/// full. Own rows are at line 10 + i, column 5 (`ruleSetXML`); the national
/// rows cited are those of `Rules/cn-national-2008.xml`.
@Suite struct RuleSetLintTests {
  /// The lint diagnostics of a local rule set that extends the national one.
  func lint(_ rows: [String], id: String = "local", base: String? = "cn-national-2008") throws
    -> [String]
  {
    let directory = try TemporaryDirectory()
    let path = try directory.write("\(id).xml", ruleSetXML(id: id, base: base, rows: rows))
    let ruleSet = try RuleSetLoader().load(path: path).get()
    return RuleSetLint.check(ruleSet, path: "\(id).xml").map(\.description)
  }

  @Test func aMinimumBelowTheNationalOneIsAnErrorNamingBothRows() throws {
    // National C39 plot ratio >= 1.0 (line 49); 0.9 would pass parcels it fails.
    let found = try lint([#"<threshold indicator="plotRatio" sector="C39" min="0.9"/>"#])
    #expect(
      found == [
        "local.xml:10:5: error: plotRatio min 0.9 for sector C39 is below the min 1.0 of base "
          + "cn-national-2008 at cn-national-2008.xml:49:5; a local rule set may be stricter "
          + "than its base, never looser: raise min to 1.0 or beyond"
      ])
  }

  @Test func aMaximumAboveTheNationalOneIsAnErrorNamingBothRows() throws {
    // National green ratio <= 0.20 for all of C (line 56); a district row allowing 0.25.
    let found = try lint([
      #"<threshold indicator="greenRatio" sector="C39" district="5101" max="0.25"/>"#
    ])
    #expect(
      found == [
        "local.xml:10:5: error: greenRatio max 0.25 for sector C39, district 5101 is above the "
          + "max 0.20 of base cn-national-2008 at cn-national-2008.xml:56:5; a local rule set "
          + "may be stricter than its base, never looser: lower max to 0.20 or beyond"
      ])
  }

  @Test func stricterAndEqualBoundsPassTheFloor() throws {
    // 1.2 >= 1.0 (C39), 0.7 = 0.7 (C36), green 0.15 <= 0.20, a new indicator.
    let found = try lint([
      #"<threshold indicator="plotRatio" sector="C39" min="1.2"/>"#,
      #"<threshold indicator="plotRatio" sector="C36" min="0.7" max="1.8"/>"#,
      #"<threshold indicator="greenRatio" sector="C" district="5101" max="0.15"/>"#,
      #"<threshold indicator="taxPerMu" sector="C" min="8"/>"#,
    ])
    #expect(found.isEmpty)
  }

  @Test func aRowThatReplacesTheNationalRowWithoutItsMinimumIsAnError() throws {
    // Same key as national C36 (min 0.7): the row replaces it whole.
    let found = try lint([#"<threshold indicator="plotRatio" sector="C36" max="1.8"/>"#])
    #expect(
      found == [
        "local.xml:10:5: error: plotRatio for sector C36 has no min, but base cn-national-2008 "
          + "sets min 0.7 at cn-national-2008.xml:46:5; a row replaces the base's row with the "
          + "same key whole: add min=\"0.7\" (or a stricter one) to this row"
      ])
  }

  @Test func aLessSpecificLocalRowBelowTheNationalOneIsNoLoosening() throws {
    // Local C min 0.5 is below national C39 1.0, but for C39 parcels the
    // national C39 row is more specific and still decides.
    let found = try lint([#"<threshold indicator="plotRatio" sector="C" min="0.5"/>"#])
    #expect(found.isEmpty)
  }

  @Test func aShareAboveOneIsAnError() throws {
    // Admin share 7 (a percentage) where 0.07 was meant; no base.
    let found = try lint(
      [#"<threshold indicator="adminShare" sector="C" max="7"/>"#], base: nil)
    #expect(
      found == [
        "local.xml:10:5: error: adminShare max 7 is above 1, but adminShare is a share (unit 1); "
          + "write a percentage as a fraction: 20% is 0.20"
      ])
  }

  @Test func aUnitOtherThanTheReplacedBaseRowsIsAWarning() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "base.xml",
      ruleSetXML(
        id: "base", rows: [#"<threshold indicator="investmentIntensity" sector="C" min="150"/>"#]))
    // 2250 10k-CNY/ha = 150 10k-CNY/mu (÷ 15): the same bound, another unit.
    let path = try directory.write(
      "local.xml",
      ruleSetXML(
        id: "local", base: "base",
        rows: [
          #"<threshold indicator="investmentIntensity" sector="C" min="2250" unit="10k-CNY/ha"/>"#
        ]))
    let ruleSet = try RuleSetLoader().load(path: path).get()
    #expect(
      RuleSetLint.check(ruleSet, path: "local.xml").map(\.description) == [
        "local.xml:10:5: warning: investmentIntensity is written in 10k-CNY/ha, the base's row at "
          + "base.xml:10:5 in 10k-CNY/mu; the engine converts, but check the number was converted "
          + "too (1 mu = 1/15 ha)"
      ])
  }
}

@Suite struct RuleSetFloorByDateTests {
  @Test func aLocalRowThatStartsLateLeavesTheKeyLooseBeforeAndIsAnError() throws {
    // The local set applies from 2022; its C39 row (replacing national C39
    // min 1.0, line 49) only from 2024. In 2022-2023 no row of that key is
    // in force, and the national C29-C43 rows do not cover C39: the national
    // minimum is dropped on 2022-01-01, the local set's first day.
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "local.xml",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <ruleSet xmlns="urn:mujun:rules:1" id="local" version="1" base="cn-national-2008">
        <metadata>
          <title>Test</title>
          <source>test</source>
          <classification>GB/T 4754-2017</classification>
          <effective from="2022-01-01"/>
          <locale>zh-CN</locale>
        </metadata>
        <thresholds>
          <threshold indicator="plotRatio" sector="C39" min="1.2" from="2024-01-01"/>
        </thresholds>
      </ruleSet>

      """)
    let ruleSet = try RuleSetLoader().load(path: path).get()
    #expect(
      RuleSetLint.check(ruleSet, path: "local.xml").map(\.description) == [
        "local.xml:11:5: error: plotRatio for sector C39 on 2022-01-01 has no min, but base "
          + "cn-national-2008 sets min 1.0 at cn-national-2008.xml:49:5; a row replaces the "
          + "base's row with the same key whole: add min=\"1.0\" (or a stricter one) to this row"
      ])
  }
}

@Suite struct RuleSetSectorTests {
  @Test func aSectorNoCodeStartsWithIsAWarning() throws {
    // GB/T 4754-2017: manufacturing (C) is divisions 13 to 43, so no code
    // starts with C05 (05 is in A); there is no section X.
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "local.xml",
      ruleSetXML(
        id: "local",
        rows: [
          #"<threshold indicator="taxPerMu" sector="C05" min="8"/>"#,
          #"<threshold indicator="taxPerMu" sector="X" min="8"/>"#,
          #"<threshold indicator="taxPerMu" sector="C4" min="8"/>"#,
          #"<threshold indicator="taxPerMu" sector="K70" min="8"/>"#,
        ]))
    let ruleSet = try RuleSetLoader().load(path: path).get()
    #expect(
      RuleSetLint.check(ruleSet, path: "local.xml").map(\.description) == [
        "local.xml:10:5: warning: this row never applies: no GB/T 4754-2017 code starts with C05 "
          + "(section C holds divisions 13 to 43); check the sector, or the classification edition",
        "local.xml:11:5: warning: this row never applies: no GB/T 4754-2017 code starts with X "
          + "(there is no section X; sections are A to T); check the sector, or the "
          + "classification edition",
      ])
  }
}
