import Enterprises
import Evaluation
import Land
import Tables
import XMLStream

@testable import Reports

/// One enterprise built by hand for the one-firm sheet: land held and
/// rented, a corrected figure, scored items, an adjustment, a surcharge,
/// three earlier years. Every figure is worked out in the comments.
enum EnterpriseSheetFixture {
  static let code = "914403001922038216"

  /// Holds P-1 (20 mu), rents 5 mu on P-7: 25 mu in all.
  static let land = [
    FirmLand(
      parcel: "P-1", mu: 20, role: .holder,
      location: SourceLocation(file: "records.xml", line: 3, column: 3)),
    FirmLand(
      parcel: "P-7", mu: 5, role: .tenant,
      location: SourceLocation(file: "records.xml", line: 41, column: 3)),
  ]

  /// Tax 250 万元 (corrected from 240), value added 1000 万元,
  /// 1 200 000 kWh, 120 people.
  static let figures: FieldValues<EnterpriseFigure> = [
    .tax: EnterpriseFigure(value: 250, source: "corr.csv:2 (黄经信〔2025〕3号)"),
    .valueAdded: EnterpriseFigure(value: 1000, source: "统计-2024.xlsx:Sheet1!12"),
    .electricity: EnterpriseFigure(value: 1_200_000, source: "电力-2024.csv:8"),
    .employees: EnterpriseFigure(value: 120, source: "统计-2024.xlsx:Sheet1!12"),
  ]

  static func enterprise() -> Enterprise {
    var enterprise = Enterprise(
      code: code, name: "台州示例塑业有限公司", year: 2024, track: .above, land: land, areaMu: 25,
      figures: figures,
      indicators: Enterprise.indicators(figures: figures, areaMu: 25, year: 2024),
      scale: .above, sector: "C2927", district: "331003", completed: nil,
      notes: [EnterpriseIssue(source: nil, "its name differs between sources")],
      errors: [
        EnterpriseIssue(
          source: "records.xml:90:3",
          "the record of parcel \"P-9\" is rejected; its land is not counted for this enterprise: correct the record"
        )
      ])
    enterprise.tenantCodes = ["91110000600037341L"]
    enterprise.corrections = [
      AppliedCorrection(
        correction: Correction(
          code: code, field: .figure(.tax), value: 250, reason: "税务局复核",
          document: "黄经信〔2025〕3号", source: CellPlace(file: "corr.csv", row: 2)),
        oldValue: 240)
    ]
    return enterprise
  }

  /// Tax per mu 250 ÷ 25 = 10 against 12.5: 60 × 10 ÷ 12.5 = 48; value
  /// added per mu 1000 ÷ 25 = 40 against 50: 40 × 40 ÷ 50 = 32. Items
  /// 48 + 32 = 80, renting out −5: 75. Class C, 96th of 140; class C
  /// costs 0.05 CNY/kWh × 1 200 000 kWh = 60 000 CNY.
  static let scoring = ScoringResult(
    scheme: "above", group: "above", score: 75, class: .c, rank: 96, groupSize: 140,
    items: [
      ScoredItem(
        indicator: .taxPerMu, weight: 60, value: 10, benchmark: 12.5, score: 48,
        rule: "rules.xml:12"),
      ScoredItem(
        indicator: .valueAddedPerMu, weight: 40, value: 40, benchmark: 50, score: 32,
        rule: "rules.xml:13"),
    ],
    surcharge: SurchargeResult(
      perKWh: 0.05, kWh: 1_200_000, amount: 60_000,
      basis: "class C: 0.05 CNY/kWh × 1200000 kWh (rules.xml:25)"))

  static func verdict() -> EnterpriseVerdict {
    var result = scoring
    result.adjustments = [ScoredAdjustment(points: -5, reason: "出租扣分", rule: "rules.xml:18")]
    return EnterpriseVerdict(enterprise: enterprise(), track: "above", scoring: result)
  }

  static let trend = [
    EnterpriseTrendYear(
      year: 2023, class: "C", score: 78.1, rank: 90, of: 138, areaMu: 25, taxPerMu: 9.6,
      valueAddedPerMu: 41),
    EnterpriseTrendYear(
      year: 2021, class: "B", score: 88.5, rank: 40, of: 130, areaMu: 20, taxPerMu: 11.2,
      valueAddedPerMu: 44.5),
    EnterpriseTrendYear(year: 2022, class: "B", score: 84.25, rank: 52, of: 134, areaMu: 20),
  ]

  static func sheet(language: HTMLLanguage? = nil) -> EnterpriseSheet {
    EnterpriseSheet(
      verdict: verdict(), ruleSet: HTMLFixture.ruleSet(), trend: trend, language: language)
  }
}
