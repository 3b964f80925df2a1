import Evaluation
import Foundation
import Land
import Rules
import XMLStream

@testable import Reports

/// Verdicts and rule sets built by hand for the HTML report tests.
enum HTMLFixture {
  static let identity = RuleSetIdentity(
    id: "test-rules", version: "1", sha256: String(repeating: "ab", count: 32),
    fileName: "test-rules.xml")

  static func ruleSet(locale: String = "zh-CN") -> RuleSet {
    RuleSet(
      identity: identity,
      metadata: RuleSetMetadata(
        title: "测试规则", source: "测试依据 <b>", classification: "GB/T 4754-2017",
        locale: locale),
      rows: [])
  }

  static func location(_ line: Int) -> SourceLocation {
    SourceLocation(file: "in.xml", line: line, column: 3)
  }

  /// A verdict for a 30-mu parcel (20000 m²).
  static func verdict(
    _ id: String, _ status: VerdictStatus, district: (String, String) = ("510116", "双流区"),
    sector: (String, String) = ("C3981", "电阻电容电感元件制造"), name: String? = nil,
    taxPerMu: Double? = nil, plotRatio: Double? = nil, findings: [Finding] = [], line: Int = 1
  ) -> Verdict {
    let summary = ParcelSummary(
      name: name, district: District(code: district.0, name: district.1),
      sector: Sector(code: sector.0, name: sector.1), area: Area(20000, .squareMetre))
    let indicators = [
      IndicatorEntry(
        indicator: .plotRatio,
        reading: plotRatio.map(Reading.value) ?? .noData(reason: "no buildings")),
      IndicatorEntry(
        indicator: .taxPerMu,
        reading: taxPerMu.map(Reading.value) ?? .noData(reason: "no tax figure for 2024")),
    ]
    return Verdict(
      parcel: id, status: status, year: 2024, ruleSet: identity, location: location(line),
      summary: summary, indicators: indicators, findings: findings)
  }

  static func finding(
    _ indicator: Indicator, _ status: FindingStatus, value: Double?, min: Double? = nil,
    max: Double? = nil, message: String = "checked", source: String? = nil
  ) -> Finding {
    Finding(
      indicator: indicator, status: status, value: value, min: min, max: max,
      rule: SourceLocation(file: "test-rules.xml", line: 11, column: 5), ruleSetID: "test-rules",
      source: source, message: message)
  }

  static func rejected(_ id: String?, line: Int, _ messages: [String]) -> Verdict {
    Verdict(
      parcel: id, status: .rejected, year: nil, ruleSet: identity, location: location(line),
      errors: messages.map {
        Diagnostic(at: SourceLocation(file: "in.xml", line: line + 2, column: 5), $0)
      })
  }

  /// The small batch the golden files show: two districts, three sectors,
  /// each status, bounds on plot ratio.
  static var smallBatch: [Verdict] {
    [
      verdict(
        "510116-2019-GY-0042", .compliant, name: "示例电子元件项目", taxPerMu: 37.5, plotRatio: 1.2,
        findings: [finding(.plotRatio, .pass, value: 1.2, min: 1.0)], line: 3),
      verdict(
        "510116-2020-GY-0007", .noncompliant, name: "示例光电项目", taxPerMu: 12, plotRatio: 0.6,
        findings: [
          finding(
            .plotRatio, .fail, value: 0.6, min: 1.0,
            message: "plotRatio 0.6 is below the minimum 1.0 for sector C39")
        ], line: 40),
      verdict(
        "510112-2018-GY-0107", .noncompliant, district: ("510112", "龙泉驿区"),
        sector: ("C3670", "汽车零部件及配件制造"), name: "示例汽车零部件项目", taxPerMu: 23,
        plotRatio: 0.63,
        findings: [
          finding(
            .plotRatio, .fail, value: 0.63, min: 0.7,
            message: "plotRatio 0.63 is below the minimum 0.7 for sector C36",
            source: "容积率 GB/T 4754-2002 37 交通运输设备制造业"),
          finding(
            .greenRatio, .fail, value: 0.25, max: 0.2,
            message: "greenRatio 0.25 is above the maximum 0.2 for sector C"),
        ], line: 80),
      verdict(
        "510112-2021-GY-0003", .incomplete, district: ("510112", "龙泉驿区"),
        sector: ("C3670", "汽车零部件及配件制造"), plotRatio: 0.9,
        findings: [finding(.plotRatio, .pass, value: 0.9, min: 0.7)], line: 120),
      verdict(
        "510112-2017-GY-0011", .compliant, district: ("510112", "龙泉驿区"),
        sector: ("C1469", "其他调味品、发酵制品制造"), taxPerMu: 30, plotRatio: 1.1,
        findings: [finding(.plotRatio, .pass, value: 1.1, min: 1.0)], line: 150),
      rejected(
        "510113-2019-GY-0099", line: 190, ["area has unit \"sqm\"; expected one of m2, mu, ha"]),
    ]
  }

  static func report(_ verdicts: [Verdict], language: HTMLLanguage? = nil, stamp: String? = nil)
    -> HTMLBatchReport
  {
    var report = HTMLBatchReport(
      context: HTMLReportContext(
        file: "records.xml", asOf: "2025-03-31", ruleSet: ruleSet(), language: language,
        csvLink: "verdicts.csv", stamp: stamp))
    for verdict in verdicts { report.add(verdict) }
    return report
  }
}

/// Golden files live in `Tests/ReportsTests/Golden`, read by path (the
/// folder is excluded from the target). Run with `MUJUN_UPDATE_GOLDEN=1`
/// to rewrite them, then read the diff before committing.
enum Golden {
  static let folder: String = {
    let path = #filePath
    return (path as NSString).deletingLastPathComponent + "/Golden"
  }()

  static func check(_ text: String, against name: String) throws -> Bool {
    let path = folder + "/" + name
    if ProcessInfo.processInfo.environment["MUJUN_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      return true
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    return expected == text
  }
}
