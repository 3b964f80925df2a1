import Foundation
import Land
import Rules
import Testing
import XMLStream

@testable import Evaluation

/// A rule set written to a temporary file and loaded: test metadata on
/// lines 1–8, then `body` (its sections) from line 9, then `</ruleSet>`.
func loadTestRuleSet(id: String, body: String) throws -> RuleSet {
  let directory = NSTemporaryDirectory() + "mujun-eval-\(UUID().uuidString)"
  try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  // The rule set is held in memory once loaded; its file is not needed.
  defer { try? FileManager.default.removeItem(atPath: directory) }
  let path = directory + "/\(id).xml"
  try """
  <?xml version="1.0" encoding="UTF-8"?>
  <ruleSet xmlns="urn:mujun:rules:1" id="\(id)" version="1">
    <metadata>
      <title>测试</title>
      <source>test</source>
      <classification>GB/T 4754-2017</classification>
      <locale>zh-CN</locale>
    </metadata>
  \(body)
  </ruleSet>
  """.write(toFile: path, atomically: true, encoding: .utf8)
  return try RuleSetLoader().load(path: path).get()
}

/// A rule set with these threshold rows (the first row on line 10).
func ruleSet(_ thresholds: String, id: String = "test-rules") throws -> RuleSet {
  try loadTestRuleSet(id: id, body: "  <thresholds>\n\(thresholds)\n  </thresholds>")
}

/// The parcels of a land-record document held in a string.
func verdicts(_ parcels: String, rules: RuleSet, year: Int? = nil) -> ([Verdict], BatchOutcome) {
  let xml = "<landRecords xmlns=\"urn:mujun:land-records:1\">\n\(parcels)\n</landRecords>\n"
  let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "in.xml")
  var out: [Verdict] = []
  let outcome = BatchEvaluator(evaluator: Evaluator(ruleSet: rules, year: year)).run(reader) {
    out.append($0)
  }
  return (out, outcome)
}

/// A parcel of 20000 m² (30 mu) in sector C3981 with the given body after
/// its sector element.
func parcel(_ id: String, sector: String = "C3981", _ body: String = "") -> String {
  """
  <parcel id="\(id)">
    <district code="510116">双流区</district>
    <area unit="m2">20000</area>
    <sector code="\(sector)">x</sector>
  \(body)
  </parcel>
  """
}

@Suite struct EvaluatorTests {
  static let plotRatioRows = """
    <threshold indicator="plotRatio" sector="C" min="0.7"/>
    <threshold indicator="plotRatio" sector="C39" min="1.0" max="3.0"/>
    <threshold indicator="greenRatio" sector="C" max="0.20"/>
    """

  @Test func aFailingThresholdMakesTheParcelNoncompliantWithAReadableFinding() throws {
    let rules = try ruleSet(Self.plotRatioRows)
    // Floor area 18000 m² on 20000 m²: plot ratio 0.9 < 1.0 (row C39 is
    // more specific than C); green 2000/20000 = 0.1 ≤ 0.2.
    let (out, _) = verdicts(
      parcel(
        "A",
        """
        <site greenArea="2000"/>
        <buildings><building use="production" footprint="9000" floorArea="18000" storeys="2" height="12"/></buildings>
        """), rules: rules)
    let verdict = try #require(out.first)
    #expect(verdict.status == .noncompliant)
    let plot = try #require(verdict.findings.first { $0.indicator == .plotRatio })
    #expect(plot.status == .fail)
    #expect(plot.min == 1.0)
    #expect(plot.max == 3.0)
    #expect(plot.value == 0.9)
    #expect(plot.ruleReference == "test-rules.xml:11")
    #expect(
      plot.message == "plotRatio 0.9 is below the minimum 1 for sector C39 (test-rules.xml:11)")
    let green = try #require(verdict.findings.first { $0.indicator == .greenRatio })
    #expect(green.status == .pass)
    #expect(
      green.message == "greenRatio 0.1 meets the maximum 0.2 for sector C (test-rules.xml:12)")
    #expect(verdict.failedIndicators == [.plotRatio])
  }

  @Test func aValueExactlyAtItsBoundPasses() throws {
    let rules = try ruleSet(Self.plotRatioRows)
    // 14000 m² of floor on 20000 m² is exactly 0.7, the C minimum (sector C13).
    let (out, _) = verdicts(
      parcel(
        "B", sector: "C1311",
        """
        <site greenArea="1000"/>
        <buildings><building use="production" footprint="7000" floorArea="14000" storeys="2" height="10"/></buildings>
        """), rules: rules)
    #expect(out.first?.status == .compliant)
  }

  @Test func missingDataMakesItIncompleteButAFailureStillWins() throws {
    let rules = try ruleSet(Self.plotRatioRows)
    let (out, _) = verdicts(
      [
        // No greenArea: green ratio has no data; plot ratio 24000/20000 = 1.2 passes.
        parcel(
          "C",
          """
          <buildings><building use="production" footprint="12000" floorArea="24000" storeys="2" height="10"/></buildings>
          """),
        // No greenArea and plot ratio 0.5 fails: noncompliant, not incomplete.
        parcel(
          "D",
          """
          <buildings><building use="production" footprint="10000" floorArea="10000" storeys="1" height="6"/></buildings>
          """),
      ].joined(separator: "\n"), rules: rules)
    #expect(out.map(\.status) == [.incomplete, .noncompliant])
    let green = try #require(out.first?.findings.first { $0.indicator == .greenRatio })
    #expect(green.status == .nodata)
    #expect(green.value == nil)
    #expect(
      green.message
        == "greenRatio has no data (the site has no greenArea), so the maximum 0.2 for sector C (test-rules.xml:12) cannot be checked"
    )
  }

  @Test func aParcelNoRowAppliesToIsCompliantWithANote() throws {
    let rules = try ruleSet(Self.plotRatioRows)
    let (out, _) = verdicts(parcel("E", sector: "D4411"), rules: rules)
    let verdict = try #require(out.first)
    #expect(verdict.status == .compliant)
    #expect(verdict.findings.isEmpty)
    #expect(
      verdict.notes == ["no threshold of test-rules applies to sector D4411 in district 510116"])
  }

  @Test func perMuBoundsInOtherUnitsAreConvertedBeforeComparing() throws {
    // 4500 10k-CNY/ha = 300 10k-CNY/mu; 4350 CNY/m2 = 290 10k-CNY/mu.
    let rules = try ruleSet(
      """
      <threshold indicator="investmentIntensity" sector="C" min="4500" unit="10k-CNY/ha"/>
      <threshold indicator="taxPerMu" sector="C" min="4350" unit="CNY/m2"/>
      """)
    // 20000 m² = 30 mu. Investment 8700 / 30 = 290 < 300: fails.
    // Tax 8700 / 30 = 290 ≥ 290: passes.
    let (out, _) = verdicts(
      parcel(
        "F",
        """
        <investment fixedAssets="8700"/>
        <performance year="2024" tax="8700"/>
        """), rules: rules)
    let verdict = try #require(out.first)
    let investment = try #require(verdict.findings.first { $0.indicator == .investmentIntensity })
    #expect(investment.status == .fail)
    #expect(investment.min == 300)
    #expect(
      investment.message
        == "investmentIntensity 290 10k-CNY/mu is below the minimum 300 10k-CNY/mu for sector C (test-rules.xml:10)"
    )
    #expect(verdict.findings.first { $0.indicator == .taxPerMu }?.status == .pass)
  }

  @Test func theYearAskedForIsEvaluatedElseTheLatest() throws {
    let rules = try ruleSet(#"<threshold indicator="taxPerMu" sector="C" min="20"/>"#)
    // 30 mu: 2023 tax 450 → 15 per mu (fails 20); 2024 tax 750 → 25 (passes).
    let body = """
      <performance year="2023" tax="450"/>
      <performance year="2024" tax="750"/>
      """
    let (latest, _) = verdicts(parcel("G", body), rules: rules)
    #expect(latest.first?.year == 2024)
    #expect(latest.first?.status == .compliant)
    let (asked, _) = verdicts(parcel("G", body), rules: rules, year: 2023)
    #expect(asked.first?.year == 2023)
    #expect(asked.first?.status == .noncompliant)
    let (absent, _) = verdicts(parcel("G", body), rules: rules, year: 2022)
    #expect(absent.first?.status == .incomplete)
  }

  @Test func aRejectedRecordMidBatchKeepsItsPlaceAndTheBatchGoesOn() throws {
    let rules = try ruleSet(Self.plotRatioRows)
    let bad = """
      <parcel id="BAD">
        <district code="510116">双流区</district>
        <area unit="acre">3</area>
        <sector code="C3981">x</sector>
      </parcel>
      """
    let (out, outcome) = verdicts(
      [
        parcel("H1", sector: "D4411"), bad, parcel("H1", sector: "D4411"),
        parcel("H2", sector: "D4411"),
      ]
      .joined(separator: "\n"), rules: rules)
    #expect(out.map(\.parcel) == ["H1", "BAD", "H1", "H2"])
    #expect(out.map(\.status) == [.compliant, .rejected, .rejected, .compliant])
    // Line 1 is <landRecords>; the first parcel takes lines 2–7 (its empty
    // body is line 6); BAD starts on line 8, its <area> is on line 10,
    // indented two spaces; the second H1 starts on line 13.
    #expect(
      out[1].errors.map(\.description) == [
        "in.xml:10:3: error: area has unit \"acre\"; expected one of m2, mu, ha"
      ])
    #expect(
      out[2].errors.map(\.description) == [
        "in.xml:13:1: error: duplicate parcel id \"H1\"; it was first used at in.xml:2:1; each parcel needs a unique id"
      ])
    #expect(outcome.counts[.rejected] == 2)
    #expect(outcome.hadInputErrors)
  }

  @Test func aWrongRootStopsTheRunWithAClearError() throws {
    let rules = try ruleSet(Self.plotRatioRows)
    let reader = XMLRecordReader(
      bytes: Array("<records><parcel id=\"x\"/></records>".utf8), fileName: "r.xml")
    let outcome = BatchEvaluator(evaluator: Evaluator(ruleSet: rules)).run(reader) { _ in }
    #expect(
      outcome.fatal?.description
        == "r.xml:1:1: error: the document's root is <records>; expected <landRecords xmlns=\"urn:mujun:land-records:1\">"
    )
  }
}

@Suite struct FileLevelErrorTests {
  @Test func aBadAsOfOnTheRootIsReportedAndTheParcelsStillEvaluated() throws {
    let rules = try ruleSet(EvaluatorTests.plotRatioRows)
    let xml = """
      <landRecords xmlns="urn:mujun:land-records:1" asOf="2025-02-30">
      \(parcel("A", sector: "D4411"))
      </landRecords>
      """
    let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "in.xml")
    var out: [Verdict] = []
    let outcome = BatchEvaluator(evaluator: Evaluator(ruleSet: rules)).run(reader) {
      out.append($0)
    }
    #expect(out.map(\.status) == [.compliant])
    #expect(outcome.fileErrors.count == 1)
    #expect(outcome.fileErrors.first?.location.line == 1)
    #expect(outcome.fileErrors.first?.message.contains("\"2025-02-30\"") == true)
    #expect(outcome.hadInputErrors)
  }

  @Test func aFileBrokenEverywhereKeepsAThousandFileErrorsAndCountsTheRest() throws {
    // 600 records whose start tags cannot be read (a raw `<` in a value),
    // each followed by a good one: every skip is 2 diagnostics, 1200 in
    // all; 1000 are kept and 200 counted, and the 600 good parcels are all
    // evaluated.
    let rules = try ruleSet(EvaluatorTests.plotRatioRows)
    let pairs = (0..<600).map { index in
      "<parcel id=\"BAD-\(index)\" note=\"<\"></parcel>\n" + parcel("G\(index)", sector: "D4411")
    }
    let xml =
      "<landRecords xmlns=\"urn:mujun:land-records:1\">\n" + pairs.joined(separator: "\n")
      + "\n</landRecords>\n"
    for chunkSize in [0, 4096] {
      let reader = XMLRecordReader(bytes: Array(xml.utf8), fileName: "in.xml")
      var batch = BatchEvaluator(evaluator: Evaluator(ruleSet: rules))
      batch.chunkSize = chunkSize
      var out: [Verdict] = []
      let outcome = batch.run(reader) { out.append($0) }
      #expect(out.count == 600)
      #expect(out.allSatisfy { $0.status != .rejected })
      #expect(outcome.fileErrors.count == 1000)
      #expect(outcome.moreFileErrors == 200)
      #expect(outcome.hadInputErrors)
    }
  }
}
