import Foundation
import Testing
import XMLStream

@testable import Rules

@Suite struct RuleSetCatalogTests {
  let row = #"<threshold indicator="taxPerMu" sector="C" min="8"/>"#

  @Test func filesOfDifferentRuleSetsAreRefused() throws {
    let directory = try TemporaryDirectory()
    let a = try directory.write(
      "a.xml", versionXML(id: "a", version: "1", from: "2022-01-01", rows: [row]))
    let b = try directory.write(
      "b.xml", versionXML(id: "b", version: "1", from: "2022-01-01", rows: [row]))
    let errors = RuleSetCatalog.load(paths: [a, b]).failure?.diagnostics.map(\.description)
    #expect(
      errors == [
        "\(b):1:1: error: the files given are different rule sets (a, b); expected versions of "
          + "one rule set (the same id)"
      ])
  }

  @Test func twoVersionsInForceOnTheDateAreRefused() throws {
    let directory = try TemporaryDirectory()
    let a = try directory.write("a.xml", versionXML(version: "1", from: "2022-01-01", rows: [row]))
    let b = try directory.write("b.xml", versionXML(version: "2", from: "2023-01-01", rows: [row]))
    let catalog = try RuleSetCatalog.load(paths: [a, b]).get()
    // Both open-ended: on 2023-06-30 both apply.
    #expect(
      catalog.choose(on: "2023-06-30").failure?.diagnostics.map(\.description) == [
        "\(a):1:1: error: several versions of cd are in force on 2023-06-30: \(a), \(b); run "
          + "mujun rules validate on them and fix their periods"
      ])
    #expect(try catalog.choose(on: "2022-06-30").get().version == "1")
  }

  @Test func oneFileIsUsedWhateverTheDate() throws {
    // The user named it: a date before its period still uses it.
    let directory = try TemporaryDirectory()
    let a = try directory.write("a.xml", versionXML(version: "1", from: "2022-01-01", rows: [row]))
    let chosen = try RuleSetCatalog.load(paths: [a]).get().choose(on: "2020-12-31").get()
    #expect(chosen.version == "1" && chosen.date == "2020-12-31")
  }
}

@Suite struct RuleTestExpectationsTests {
  @Test func readsSettingsHeaderAndRows() {
    let text =
      "# comment\nyear: 2024\nparcel\tstatus\tfailed\tclass\tplotRatio\nP-1\tnoncompliant\tplotRatio\tD\t0.8000\n"
    let expected = RuleTestExpectations(
      text: text, path: "t.expected", indicatorNames: ["plotRatio"])
    #expect(expected.problems.isEmpty)
    #expect(expected.year == 2024)
    #expect(expected.expectations.count == 1)
    let first = expected.expectations.first
    #expect(first?.id == "P-1" && first?.location.line == 4)
    #expect(expected.key == .parcel)
    #expect(first?.cells.map(\.column) == ["status", "failed", "class", "plotRatio"])
    #expect(first?.cells.map(\.value) == ["noncompliant", "plotRatio", "D", "0.8000"])
  }

  @Test func reportsAnUnknownColumnAndAShortRow() {
    let text = "parcel\tstatus\tcolour\nP-1\tcompliant\n"
    let expected = RuleTestExpectations(text: text, path: "t.expected", indicatorNames: [])
    #expect(
      expected.problems.map(\.description) == [
        "t.expected:1:1: error: unknown column \"colour\"; expected parcel, status, failed, class "
          + "or an indicator name",
        "t.expected:2:1: error: expected 3 tab-separated cells (parcel, status, colour), found 2",
      ])
  }

  @Test func readsATableOfEnterprisesWithItsYear() {
    let text =
      "date: 2024-12-31\nenterprise\ttrack\tclass\tscore\ttaxPerMu\n"
      + "91510116MA6RT0X198\tabove\tA\t182.5000\t18.7500\n"
    let expected = RuleTestExpectations(
      text: text, path: "t.expected", indicatorNames: ["plotRatio", "taxPerMu"],
      enterpriseIndicatorNames: ["taxPerMu"])
    #expect(expected.problems.isEmpty)
    #expect(expected.key == .enterprise)
    // No year: line, so the year of the date.
    #expect(expected.year == nil && expected.enterpriseYear == 2024)
    #expect(expected.header.line == 2)
    #expect(expected.expectations.first?.id == "91510116MA6RT0X198")
    #expect(
      expected.expectations.first?.cells.map(\.column) == ["track", "class", "score", "taxPerMu"])
  }

  @Test func anEnterpriseTableNeedsATrackAYearAndEnterpriseColumns() {
    // plotRatio is a parcel indicator, not one of an enterprise's.
    let text = "enterprise\tclass\tplotRatio\n"
    let expected = RuleTestExpectations(
      text: text, path: "t.expected", indicatorNames: ["plotRatio", "taxPerMu"],
      enterpriseIndicatorNames: ["taxPerMu"])
    #expect(
      expected.problems.map(\.description) == [
        "t.expected:1:1: error: unknown column \"plotRatio\"; expected enterprise, track, class, "
          + "score, rank, adjustments, areaMu or an enterprise indicator name (taxPerMu)",
        "t.expected:1:1: error: the header must start with enterprise and name a track column",
        "t.expected:1:1: error: enterprises are evaluated for one year: add a line such as "
          + "year: 2024 before the header",
      ])
  }
}
