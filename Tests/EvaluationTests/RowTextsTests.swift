import Land
import Rules
import Testing
import XMLStream

@testable import Evaluation

/// Finding messages are put together from texts made once per row
/// (`RowTexts`); these pin the sentences for a row with both bounds, for
/// bounds from two rows, and for no data.
@Suite struct RowTextsTests {
  static let buildings = """
    <buildings><building use="production" footprint="10000" floorArea="40000" storeys="4" height="16"/></buildings>
    """

  @Test func oneRowWithBothBoundsGivesOneFindingWithTheRange() throws {
    // Row on line 10 sets 1.0–3.0; floor area 40000 m² on 20000 m²: 2.
    let rules = try ruleSet(#"<threshold indicator="plotRatio" sector="C39" min="1.0" max="3.0"/>"#)
    let (out, _) = verdicts(parcel("A", Self.buildings), rules: rules)
    let findings = try #require(out.first).findings
    #expect(
      findings.map(\.message) == [
        "plotRatio 2 meets the range 1–3 for sector C39 (test-rules.xml:10)"
      ])
    #expect(findings.first?.min == 1.0)
    #expect(findings.first?.max == 3.0)
  }

  @Test func boundsFromTwoRowsGiveTwoFindingsMinimumFirst() throws {
    // The minimum from the C row (line 10), the maximum from C39 (line 11).
    let rules = try ruleSet(
      """
      <threshold indicator="plotRatio" sector="C" min="0.7"/>
      <threshold indicator="plotRatio" sector="C39" max="1.5"/>
      """)
    let (out, _) = verdicts(parcel("A", Self.buildings), rules: rules)
    let verdict = try #require(out.first)
    #expect(
      verdict.findings.map(\.message) == [
        "plotRatio 2 meets the minimum 0.7 for sector C (test-rules.xml:10)",
        "plotRatio 2 is above the maximum 1.5 for sector C39 (test-rules.xml:11)",
      ])
    #expect(verdict.findings.map(\.rule.line) == [10, 11])
    #expect(verdict.status == .noncompliant)
  }

  @Test func noDataNamesTheBoundsThatCouldNotBeChecked() throws {
    let rules = try ruleSet(
      #"<threshold indicator="plotRatio" sector="C39" min="1.0" max="3.0" source="容积率"/>"#)
    let (out, _) = verdicts(parcel("A"), rules: rules)
    let finding = try #require(out.first?.findings.first)
    #expect(finding.status == .nodata)
    #expect(finding.source == "容积率")
    #expect(
      finding.message
        == "plotRatio has no data (the record does not list its buildings), so the range 1–3 for sector C39 (test-rules.xml:10) cannot be checked"
    )
  }

  @Test func boundingRowsNameTheRowsTheBoundsComeFrom() throws {
    let rules = try ruleSet(
      """
      <threshold indicator="plotRatio" sector="C" min="0.7"/>
      <threshold indicator="plotRatio" sector="C39" max="1.5"/>
      <threshold indicator="greenRatio" sector="C" max="0.20"/>
      """)
    let rows = rules.boundingRows(for: "C3981", district: "510116", zone: nil)
    // Rows 0 and 1 bound plotRatio; row 2 greenRatio, later in declaration order.
    #expect(
      rows == [
        BoundingRows(indicator: .plotRatio, min: 0, max: 1),
        BoundingRows(indicator: .greenRatio, min: nil, max: 2),
      ])
    let bounds = rules.bounds(from: rows)
    #expect(bounds == rules.bounds(for: "C3981", district: "510116", zone: nil))
    #expect(bounds[.plotRatio]?.max?.row.sector == "C39")
  }
}
