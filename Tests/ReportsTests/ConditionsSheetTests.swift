import Land
import Rules
import Testing
import XMLStream

@testable import Reports

@Suite struct ConditionsSheetTests {
  static func row(
    _ indicator: Indicator, _ sector: String, min: Double? = nil, max: Double? = nil,
    line: Int, source: String
  ) -> ThresholdRow {
    ThresholdRow(
      indicator: indicator, sector: sector, min: min, max: max, source: source,
      location: SourceLocation(file: "r.xml", line: line, column: 5), ruleSetID: "r")
  }

  static let rules = RuleSet(
    identity: RuleSetIdentity(id: "r", version: "1", sha256: "0", fileName: "r.xml"),
    metadata: RuleSetMetadata(
      title: "t", source: "s", classification: "GB/T 4754-2017", locale: "zh-CN"),
    rows: [
      row(.plotRatio, "C", min: 0.7, line: 10, source: "容积率下限"),
      row(.plotRatio, "C39", min: 1.0, max: 3.0, line: 11, source: "电子"),
      row(.greenRatio, "C", max: 0.2, line: 12, source: "绿地率不得超过20%"),
      row(.taxPerMu, "C13", min: 20, line: 13, source: "食品"),
    ])

  @Test func everyApplicableThresholdWithItsUnitAndRow() {
    let text = ConditionsSheet.render(
      Self.rules, sector: "C3981", district: "510116", zone: nil, language: .en)
    let lines = text.split(separator: "\n").map { String($0) }
    // C39 beats C for plot ratio (both sides from row 11); the C13 tax row does not apply.
    #expect(lines.first == "r 1: control indicators for sector C3981, district 510116")
    #expect(lines.count == 4)
    #expect(lines[2].hasPrefix("plotRatio "))
    #expect(lines[2].contains("1–3"))
    #expect(lines[2].contains("r.xml:11"))
    #expect(lines[3].contains("≤ 0.2"))
    #expect(!text.contains("taxPerMu"))
  }

  @Test func aYearlyPerMuThresholdShowsItsUnitInChinese() {
    let text = ConditionsSheet.render(
      Self.rules, sector: "C1311", district: "510116", zone: nil, language: .zh)
    #expect(text.contains("亩均税收"))
    #expect(text.contains("≥ 20"))
    #expect(text.contains("万元/亩"))
    #expect(text.contains("r.xml:13"))
  }
}
