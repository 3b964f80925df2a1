import Evaluation
import Land
import Rules
import XMLStream

@testable import Reports

/// The small batch with scores and contract reviews, for the sections that
/// appear only when that data is there. Every figure is worked out by hand
/// in the comments; the tests assert them.
enum HTMLScoredFixture {
  static func date(_ text: String) -> CivilDate {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    return CivilDate(year: parts[0], month: parts[1], day: parts[2])!
  }

  static let asOf = date("2025-03-31")

  /// Ranked: 0042 (86.67), 0011 (71), 0007 (42); 0107 is vetoed to D,
  /// 0003 exempt (T). Rank shares, so the cut-offs drawn are the lowest
  /// ranked score of A (86.67) and B (71); D is the last class.
  static let scoring: [ScoringResult?] = [
    ScoringResult(
      scheme: "above", group: "above", score: 60 + 1.2 / 1.8 * 40, class: .a, rank: 1,
      groupSize: 3,
      items: [
        ScoredItem(
          indicator: .taxPerMu, weight: 60, value: 37.5, benchmark: 25, score: 60,
          note: "capped at the weight", rule: "test-rules.xml:40"),
        ScoredItem(
          indicator: .plotRatio, weight: 40, value: 1.2, benchmark: 1.8, score: 1.2 / 1.8 * 40,
          rule: "test-rules.xml:41"),
      ]),
    ScoringResult(
      scheme: "above", group: "above", score: 42, class: .d, rank: 3, groupSize: 3,
      items: [
        ScoredItem(indicator: .taxPerMu, weight: 60, value: 12, benchmark: 25, score: 28.8),
        ScoredItem(
          indicator: .plotRatio, weight: 40, value: 0.6, benchmark: 1.8, score: 13.2),
      ],
      // 0.3 CNY/kWh × 1 200 000 kWh = 360 000 CNY.
      surcharge: SurchargeResult(
        perKWh: 0.3, kWh: 1_200_000, amount: 360_000, basis: "class D: 0.3 CNY/kWh")),
    ScoringResult(
      scheme: "above", group: "above", score: 55.25, class: .d,
      veto: "一票否决：2024 年发生较大环境污染事件",
      surcharge: SurchargeResult(
        perKWh: 0.3, kWh: nil, amount: nil, basis: "class D: 0.3 CNY/kWh; no electricity figure")),
    ScoringResult(
      scheme: "above", group: "above", score: 64, class: .t, exemption: "投产未满三年"),
    ScoringResult(scheme: "above", group: "above", score: 71, class: .b, rank: 2, groupSize: 3),
    nil,
  ]

  /// Damages: 0007 owes 18 (start 45 days late: 45 × 0.5‰ × 800) and 320
  /// (plot ratio (1 − 0.6) ÷ 1 × 800); 0107 owes 549 (start due
  /// 2022-06-30 moved 90 days to 2022-09-28, 915 days late on 2025-03-31:
  /// 915 × 0.5‰ × 1200) and the idle-land fee 240 (20% × 1200).
  /// Total 18 + 320 + 549 + 240 = 1127 over 2 parcels.
  static let contracts: [ContractReview?] = [
    ContractReview(
      asOf: asOf,
      clauses: [
        ClauseFinding(
          clause: .handover, status: .pass, agreedDue: date("2019-06-30"),
          due: date("2019-06-30"), actual: date("2019-06-20"), daysLate: 0,
          message: "handed over 2019-06-20, due 2019-06-30"),
        ClauseFinding(
          clause: .commitment(.investmentIntensity), status: .pass, value: 420, min: 300,
          message: "investmentIntensity 420 meets the agreed minimum 300"),
      ]),
    ContractReview(
      asOf: asOf,
      clauses: [
        ClauseFinding(
          clause: .start, status: .fail, agreedDue: date("2020-09-30"), due: date("2020-09-30"),
          actual: date("2020-11-14"), daysLate: 45, message: "started 45 days late"),
        ClauseFinding(
          clause: .commitment(.plotRatio), status: .fail, value: 0.6, min: 1.0, year: 2024,
          message: "plotRatio 0.6 is below the agreed minimum 1"),
      ],
      damages: [
        DamagesItem(clause: "start", formula: .perDay(days: 45, permille: 0.5, price: 800)),
        DamagesItem(
          clause: "plotRatio", formula: .shortfall(agreed: 1.0, actual: 0.6, price: 800)),
      ],
      lowEfficiency: [
        LowEfficiencyFlag(
          criterion: .lowOutput, reason: "output per mu 120 is under 50% of the control value 300")
      ]),
    ContractReview(
      asOf: asOf,
      clauses: [
        ClauseFinding(
          clause: .start, status: .fail, agreedDue: date("2022-06-30"), due: date("2022-09-28"),
          movedDays: 90, actual: nil, daysLate: 915, message: "not started, due 2022-09-28"),
        ClauseFinding(
          clause: .completion, status: .pending, agreedDue: date("2025-09-30"),
          due: date("2025-09-30"), message: "not yet due"),
      ],
      damages: [
        DamagesItem(clause: "start", formula: .perDay(days: 915, permille: 0.5, price: 1200)),
        DamagesItem(clause: "idleFee", formula: .idleFee(price: 1200)),
      ],
      idle: IdleLand(
        since: date("2022-09-28"), days: 915, stage: .recovery,
        reason: "not started 915 days after the start due date 2022-09-28")),
    ContractReview(
      asOf: asOf,
      clauses: [
        ClauseFinding(
          clause: .completion, status: .nodata, agreedDue: date("2024-06-30"),
          due: date("2024-06-30"), message: "no completion record")
      ]),
    ContractReview(asOf: asOf, notes: ["the record has no contract"]),
    nil,
  ]

  static var batch: [Verdict] {
    zip(HTMLFixture.smallBatch, zip(scoring, contracts)).map { verdict, data in
      var verdict = verdict
      verdict.scoring = data.0
      verdict.contract = data.1
      return verdict
    }
  }
}
