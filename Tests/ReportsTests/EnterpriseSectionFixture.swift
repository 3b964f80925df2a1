import Enterprises
import Evaluation
import Land

@testable import Reports

/// Nine firms built by hand for the batch report's enterprise section.
///
/// | code | track | district | score | class | rank | last year |
/// |---|---|---|---|---|---|---|
/// | F1 | above | 331003 | 95 | A | 1/4 | B (up) |
/// | F2 | above | 331003 | 80 | B | 2/4 | B (same) |
/// | F3 | above | 331004 | 70 | B | 3/4 | none (new) |
/// | F4 | above | 331004 | 40 | D | 4/4, 30 000 CNY surcharge | C (down) |
/// | F5 | above | 331003 | 20 | D (vetoed), surcharge without amount | A (down) |
/// | F6 | below | 331003 | 60 | A | 1/2 | T (new) |
/// | F7 | below | none | 30 | C | 2/2 | D (up) |
/// | F8 | tenant | 331004 | — | not classed | | |
/// | F9 | above | 331003 | 88 | T (exempt) | | |
enum EnterpriseSectionFixture {
  static func firm(
    _ code: String, track: String, district: String?, score: Double?, class rated: ScoringClass?,
    rank: Int? = nil, of size: Int? = nil, veto: String? = nil, exemption: String? = nil,
    surcharge: SurchargeResult? = nil, name: String? = nil
  ) -> EnterpriseVerdict {
    let enterprise = Enterprise(
      code: code, name: name ?? "企业\(code)", year: 2024,
      track: EnterpriseTrack(rawValue: track) ?? .above, land: [], areaMu: 10, figures: [:],
      indicators: [], scale: nil, sector: "C2927", district: district, completed: nil,
      notes: [], errors: [])
    let scoring =
      score.map { score in
        ScoringResult(
          scheme: track, group: track, score: score, class: rated, rank: rank, groupSize: size,
          exemption: exemption, veto: veto, surcharge: surcharge)
      }
    return EnterpriseVerdict(enterprise: enterprise, track: track, scoring: scoring)
  }

  static var firms: [EnterpriseVerdict] {
    [
      firm("F1", track: "above", district: "331003", score: 95, class: .a, rank: 1, of: 4),
      firm("F2", track: "above", district: "331003", score: 80, class: .b, rank: 2, of: 4),
      firm("F3", track: "above", district: "331004", score: 70, class: .b, rank: 3, of: 4),
      // 0.3 CNY/kWh × 100 000 kWh = 30 000 CNY.
      firm(
        "F4", track: "above", district: "331004", score: 40, class: .d, rank: 4, of: 4,
        surcharge: SurchargeResult(perKWh: 0.3, kWh: 100_000, amount: 30_000, basis: "class D")),
      firm(
        "F5", track: "above", district: "331003", score: 20, class: .d, veto: "重大安全事故",
        surcharge: SurchargeResult(perKWh: 0.3, kWh: nil, amount: nil, basis: "no electricity")),
      firm("F6", track: "below", district: "331003", score: 60, class: .a, rank: 1, of: 2),
      firm("F7", track: "below", district: nil, score: 30, class: .c, rank: 2, of: 2),
      firm("F8", track: "tenant", district: "331004", score: nil, class: nil),
      firm(
        "F9", track: "above", district: "331003", score: 88, class: .t, exemption: "投产未满两年"),
    ]
  }

  static let previousClasses = [
    "F1": "B", "F2": "B", "F4": "C", "F5": "A", "F6": "T", "F7": "D", "F9": "A",
  ]

  static func report(
    _ firms: [EnterpriseVerdict] = firms, previous: [String: String] = previousClasses,
    language: HTMLLanguage? = nil
  ) -> HTMLBatchReport {
    var report = HTMLFixture.report([], language: language)
    report.addEnterprises(firms, previousClasses: previous)
    return report
  }

  static func section(
    _ firms: [EnterpriseVerdict] = firms, previous: [String: String] = previousClasses,
    language: HTMLLanguage = .zh
  ) -> HTMLEnterpriseSection? {
    let report = report(firms, previous: previous, language: language)
    return HTMLBatchPage(report.aggregate, context: report.context).enterprises
  }
}
