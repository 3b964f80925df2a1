import Enterprises
import Evaluation
import Foundation
import Land
import Rules
import Tables
import Testing
import XMLStream

@testable import Reports

/// Nothing from the input, the rule set or the history reaches the one-firm
/// sheet or the enterprise section unescaped, in text or in attributes.
@Suite struct EnterpriseEscapingTests {
  static let hostile = HTMLEscapingTests.hostile
  static let escaped = HTMLEscapingTests.escaped

  /// Every text of the firm that comes from an input carries the hostile
  /// string: name, code, sector, district, parcel, record file, figure
  /// source, correction, notes, errors, tenants, track, scheme, group,
  /// items, adjustment, veto, surcharge.
  static func hostileFirm() -> EnterpriseVerdict {
    let h = hostile
    var enterprise = Enterprise(
      code: "C" + h, name: h, year: 2024, track: .above,
      land: [
        FirmLand(
          parcel: h, mu: 3, role: .holder, location: SourceLocation(file: h, line: 1, column: 1))
      ], areaMu: 3, figures: [.tax: EnterpriseFigure(value: 1, source: h)], indicators: [],
      scale: .above, sector: h, district: h, completed: nil,
      notes: [EnterpriseIssue(source: h, h)], errors: [EnterpriseIssue(source: h, h)])
    enterprise.tenantCodes = [h]
    enterprise.corrections = [
      AppliedCorrection(
        correction: Correction(
          code: h, field: .figure(.tax), value: 1, reason: h, document: h,
          source: CellPlace(file: h, row: 2)),
        oldValue: 2)
    ]
    var scoring = ScoringResult(
      scheme: h, group: h, score: 10, class: .d, rank: 1, groupSize: 1,
      items: [
        ScoredItem(
          indicator: .taxPerMu, weight: 50, value: nil, noData: h, benchmark: 3, score: 0,
          note: h, rule: h),
        ScoredItem(
          scored: .custom(name: h, unit: h), weight: 50, value: 1, benchmark: 2, score: 25),
      ],
      veto: h, surcharge: SurchargeResult(perKWh: 0.3, kWh: 10, amount: 3, basis: h))
    scoring.adjustments = [ScoredAdjustment(points: -1, reason: h, rule: h)]
    return EnterpriseVerdict(enterprise: enterprise, track: h, scoring: scoring)
  }

  static func hostileRuleSet() -> RuleSet {
    let h = hostile
    return RuleSet(
      identity: RuleSetIdentity(id: h, version: h, sha256: h, fileName: h),
      metadata: RuleSetMetadata(
        title: h, source: h, classification: "GB/T 4754-2017", locale: "zh-CN"),
      rows: [])
  }

  @Test(arguments: HTMLLanguage.allCases)
  func theSheetEscapesHostileTextsEverywhere(language: HTMLLanguage) throws {
    let sheet = EnterpriseSheet(
      verdict: Self.hostileFirm(), ruleSet: Self.hostileRuleSet(),
      trend: [EnterpriseTrendYear(year: 2023, class: Self.hostile, score: 5)], language: language,
      stamp: Self.hostile)
    let page = try sheet.render()
    HTMLEscapingTests.expectSafe(page, scripts: 0)
    // In an attribute: the digest's tooltip.
    #expect(page.contains("<dd class=\"digest\" title=\"\(Self.escaped)\">"))
    // In text: the firm's name, the figure's source, a note, the class the
    // history gives.
    #expect(page.contains("<dd class=\"firm\">\(Self.escaped)</dd>"))
    #expect(page.contains("<span class=\"src\">\(Self.escaped)</span>"))
    #expect(page.contains("<li>\(Self.escaped): \(Self.escaped)</li>"))
    #expect(page.contains("\(Self.escaped)</span></td><td class=\"num\">5.00</td>"))
    // Every hostile text is there, escaped: none is dropped.
    #expect(page.components(separatedBy: Self.escaped).count - 1 >= 25)
  }

  @Test(arguments: HTMLLanguage.allCases)
  func theEnterpriseSectionEscapesHostileTexts(language: HTMLLanguage) throws {
    var report = HTMLFixture.report([], language: language)
    report.addEnterprises([Self.hostileFirm()], previousClasses: [Self.hostile: Self.hostile])
    let page = try report.render()
    HTMLEscapingTests.expectSafe(page, scripts: 1)
    // In attributes: the lowest-score list's tooltip and the track chart's.
    #expect(page.contains("<td class=\"id\" title=\"\(Self.escaped)\">C\(Self.escaped)</td>"))
    #expect(page.contains("<g><title>\(Self.escaped)</title>"))
    // In text: the group and district rows, the track, the veto.
    #expect(page.contains("<tr><td>\(Self.escaped)</td><td class=\"num\">0</td>"))
    #expect(page.contains("<td>\(Self.escaped)</td></tr>"))
  }
}
