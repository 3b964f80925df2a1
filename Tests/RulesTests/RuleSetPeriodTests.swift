import Foundation
import Land
import Testing
import XMLStream

@testable import Rules

/// A rule file with `<effective>` on line 7 and row `i` on line 11 + i,
/// column 5.
func versionXML(
  id: String = "cd", version: String, from: String, until: String? = nil, rows: [String]
) -> String {
  let untilAttribute = until.map { " until=\"\($0)\"" } ?? ""
  return """
    <?xml version="1.0" encoding="UTF-8"?>
    <ruleSet xmlns="urn:mujun:rules:1" id="\(id)" version="\(version)">
      <metadata>
        <title>Test \(id) \(version)</title>
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

@Suite struct RuleSetPeriodTests {
  @Test func rowsWithTheSameKeyAndOverlappingPeriodsAreAmbiguous() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "cd.xml",
      versionXML(
        version: "1", from: "2022-01-01",
        rows: [
          #"<threshold indicator="taxPerMu" sector="C" min="8" until="2023-06-30"/>"#,
          #"<threshold indicator="taxPerMu" sector="C" min="10" from="2023-01-01"/>"#,
        ]))
    let errors = RuleSetLoader().load(path: path).failure?.diagnostics.map(\.description)
    #expect(
      errors == [
        "\(path):12:5: error: ambiguous threshold for taxPerMu on sector C: the row at "
          + "\(path):11:5 is also in force 2023-01-01 to 2023-06-30; expected rows with the same "
          + "indicator, sector, district and zone to have periods that do not overlap (end one "
          + "with until= the day before the other's from=)"
      ])
  }

  @Test func consecutiveRowPeriodsEachApplyOnTheirOwnDays() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "cd.xml",
      versionXML(
        version: "1", from: "2022-01-01",
        rows: [
          #"<threshold indicator="taxPerMu" sector="C" min="8" until="2022-12-31"/>"#,
          #"<threshold indicator="taxPerMu" sector="C" min="10" from="2023-01-01"/>"#,
        ]))
    let ruleSet = try RuleSetLoader().load(path: path).get()
    let in2022 = ruleSet.inForce(on: "2022-12-31").bounds(
      on: .taxPerMu, for: "C3981", district: "510116", zone: nil)
    let in2023 = ruleSet.inForce(on: "2023-01-01").bounds(
      on: .taxPerMu, for: "C3981", district: "510116", zone: nil)
    #expect(in2022.min?.value == 8 && in2022.min?.row.location.line == 11)
    #expect(in2023.min?.value == 10 && in2023.min?.row.location.line == 12)
    // Without a date: the newest rows (those in force on the latest from).
    #expect(ruleSet.bounds(on: .taxPerMu, for: "C39", district: "51", zone: nil).min?.value == 10)
  }

  @Test func aRowOutsideTheRuleSetsPeriodNeverAppliesAndIsAWarning() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "cd.xml",
      versionXML(
        version: "1", from: "2024-01-01", until: "2025-12-31",
        rows: [#"<threshold indicator="taxPerMu" sector="C" min="8" until="2023-12-31"/>"#]))
    let ruleSet = try RuleSetLoader().load(path: path).get()
    #expect(
      RuleSetLint.check(ruleSet, path: "cd.xml").map(\.description) == [
        "cd.xml:11:5: warning: this row never applies: it is in force until 2023-12-31, the rule "
          + "set 2024-01-01 to 2025-12-31; correct from/until, or remove the row"
      ])
  }

  @Test func versionsThatOverlapAreAnErrorAndAGapAWarning() throws {
    let directory = try TemporaryDirectory()
    let row = #"<threshold indicator="taxPerMu" sector="C" min="8"/>"#
    let a = try directory.write(
      "cd-2022.xml",
      versionXML(version: "2022", from: "2022-01-01", until: "2023-12-31", rows: [row]))
    let b = try directory.write(
      "cd-2024.xml",
      versionXML(version: "2024", from: "2023-07-01", until: "2025-12-31", rows: [row]))
    let c = try directory.write(
      "cd-2026.xml", versionXML(version: "2026", from: "2026-03-01", rows: [row]))
    let versions = try [a, b, c].map { path in
      RuleSetCatalog.Version(path: path, ruleSet: try RuleSetLoader().load(path: path).get())
    }
    #expect(
      RuleSetLint.checkVersions(versions).map(\.description) == [
        "\(b):7:5: error: versions of cd overlap: this one and \(a) (version 2022, 2022-01-01 to "
          + "2023-12-31) are both in force 2023-07-01 to 2023-12-31; end one with until= the day "
          + "before the other's from=",
        "\(c):7:5: warning: no version of cd is in force from 2026-01-01 to 2026-02-28 (after "
          + "\(b), version 2024); parcels evaluated then have no rules: extend a period or add a "
          + "version",
      ])
  }

  @Test func theCatalogChoosesTheVersionInForceOnTheDate() throws {
    let directory = try TemporaryDirectory()
    // 2022 version: tax per mu >= 8 until the end of 2023; 2024 version: >= 12.
    let old = try directory.write(
      "cd-2022.xml",
      versionXML(
        version: "2022.1", from: "2022-01-01", until: "2023-12-31",
        rows: [#"<threshold indicator="taxPerMu" sector="C" min="8"/>"#]))
    let new = try directory.write(
      "cd-2024.xml",
      versionXML(
        version: "2024.1", from: "2024-01-01",
        rows: [#"<threshold indicator="taxPerMu" sector="C" min="12"/>"#]))
    let catalog = try RuleSetCatalog.load(paths: [new, old]).get()
    let in2022 = try catalog.choose(on: "2022-12-31").get()
    let in2024 = try catalog.choose(on: "2024-12-31").get()
    #expect(in2022.version == "2022.1")
    #expect(in2022.bounds(on: .taxPerMu, for: "C39", district: "51", zone: nil).min?.value == 8)
    #expect(in2024.version == "2024.1")
    #expect(in2024.bounds(on: .taxPerMu, for: "C39", district: "51", zone: nil).min?.value == 12)
    #expect(try catalog.choose(on: nil).get().version == "2024.1")  // the newest
    let before = catalog.choose(on: "2021-06-30").failure?.diagnostics.map(\.description)
    #expect(
      before == [
        "\(new):1:1: error: no version of cd is in force on 2021-06-30: 2024.1 (\(new)) from "
          + "2024-01-01; 2022.1 (\(old)) 2022-01-01 to 2023-12-31; give another --date or "
          + "--year, or add a version"
      ])
  }
}

extension Result {
  var failure: Failure? {
    if case .failure(let error) = self { return error }
    return nil
  }
}
