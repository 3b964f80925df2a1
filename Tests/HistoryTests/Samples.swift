import History

/// Runs written by hand for the tests.
enum Samples {
  static let ruleSet = HistoryRuleSet(
    id: "huangyan-2023", version: "1.2",
    sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")

  static let firmA = "91331003MA2AAAAA01"
  static let firmB = "91331003MA2BBBBB02"
  static let firmC = "92331003MA2CCCCC03"

  /// Three firms: one classed with every figure and indicator, one with no
  /// data for an indicator (nil, not 0) and a figure without a source, one
  /// unscored with nothing but its code and track.
  static func run2023() -> HistoryRun {
    HistoryRun(
      year: 2023, recordedAt: "2024-04-02T08:30:00Z", ruleSet: ruleSet,
      inputs: [
        HistoryInput(file: "huangyan-2023.xml", sha256: String(repeating: "a", count: 64)),
        HistoryInput(file: "tax-2023.xlsx", sha256: String(repeating: "b", count: 64)),
      ],
      enterprises: [
        HistoryEnterprise(
          code: firmA, name: "台州黄岩模具有限公司", track: "above", areaMu: 15.5, score: 85.54,
          class: "B", rank: 12, of: 140, group: "模具", exemption: nil, veto: nil,
          figures: [
            HistoryFigure(field: "revenue", value: 5200, source: "stats-2023.csv:8"),
            HistoryFigure(field: "tax", value: 310, source: "tax-2023.xlsx:Sheet1!17"),
          ],
          indicators: [
            HistoryIndicator(name: "revenuePerMu", value: 335.48387096774195),
            HistoryIndicator(name: "taxPerMu", value: 20),
          ]),
        HistoryEnterprise(
          code: firmB, name: nil, track: "below", areaMu: 4.25, score: 31.5, class: "D",
          rank: 88, of: 90, group: nil, exemption: nil, veto: "重大安全事故",
          figures: [HistoryFigure(field: "tax", value: 12.5, source: nil)],
          indicators: [
            HistoryIndicator(name: "taxPerKWh", value: nil),
            HistoryIndicator(name: "taxPerMu", value: 2.941176470588235),
          ]),
        HistoryEnterprise(code: firmC, track: "unscored", areaMu: 0),
      ],
      benchmarks: [
        HistoryBenchmark(
          scheme: "above", group: "模具", indicator: "taxPerMu", value: 26.01,
          basis: "total ÷ total of 140 firms"),
        HistoryBenchmark(
          scheme: "below", group: "all", indicator: "taxPerMu", value: 16.6,
          basis: "total ÷ total of 90 firms"),
      ])
  }

  /// The 2024 run as first recorded: firms A and B, B exempt.
  static func run2024() -> HistoryRun {
    HistoryRun(
      year: 2024, recordedAt: "2025-04-01T09:00:00Z", ruleSet: ruleSet,
      inputs: [HistoryInput(file: "huangyan-2024.xml", sha256: String(repeating: "c", count: 64))],
      enterprises: [
        HistoryEnterprise(
          code: firmA, name: "台州黄岩模具有限公司", track: "above", areaMu: 15.5, score: 90.1,
          class: "A", rank: 3, of: 141,
          figures: [HistoryFigure(field: "tax", value: 372, source: "tax-2024.xlsx:Sheet1!9")],
          indicators: [HistoryIndicator(name: "taxPerMu", value: 24)]),
        HistoryEnterprise(
          code: firmB, track: "below", areaMu: 4.25, class: "T", exemption: "投产未满两年",
          figures: [HistoryFigure(field: "tax", value: 3, source: "tax-2024.xlsx:Sheet1!10")]),
      ],
      benchmarks: [
        HistoryBenchmark(
          scheme: "above", group: "模具", indicator: "taxPerMu", value: 24.097,
          basis: "total ÷ total of 141 firms")
      ])
  }

  /// The 2024 run again after an objection: A's tax corrected from 372 to
  /// 400, B gone, C now scored.
  static func run2024Rerun() -> HistoryRun {
    HistoryRun(
      year: 2024, recordedAt: "2025-05-20T10:15:00Z", ruleSet: ruleSet,
      inputs: [
        HistoryInput(file: "corrections-2024.csv", sha256: String(repeating: "e", count: 64)),
        HistoryInput(file: "huangyan-2024.xml", sha256: String(repeating: "c", count: 64)),
      ],
      enterprises: [
        HistoryEnterprise(
          code: firmA, name: "台州黄岩模具有限公司", track: "above", areaMu: 15.5, score: 92.0,
          class: "A", rank: 2, of: 141,
          figures: [HistoryFigure(field: "tax", value: 400, source: "corrections-2024.csv:2")],
          indicators: [HistoryIndicator(name: "taxPerMu", value: 25.806451612903224)]),
        HistoryEnterprise(
          code: firmC, track: "small", areaMu: 2.0, score: 40, class: "C", rank: 70, of: 80,
          figures: [HistoryFigure(field: "tax", value: 20, source: "tax-2024.xlsx:Sheet1!11")],
          indicators: [HistoryIndicator(name: "taxPerMu", value: 10)]),
      ],
      benchmarks: [
        HistoryBenchmark(
          scheme: "above", group: "模具", indicator: "taxPerMu", value: 24.3,
          basis: "total ÷ total of 141 firms")
      ])
  }

  static let taxCorrection = HistoryCorrection(
    year: 2024, code: firmA, field: "tax", oldValue: 372, newValue: 400,
    reason: "税务局复核：漏报一笔入库税款", document: "黄经信〔2025〕12号", appliedOn: "2025-05-20",
    source: "corrections-2024.csv:2")

  /// A year of `count` generated firms (codes in order, two figures and
  /// two indicators each), for the crash tests.
  static func large(year: Int, count: Int, recordedAt: String = "2025-06-01T00:00:00Z")
    -> HistoryRun
  {
    let enterprises = (0..<count).map { index in
      let code = "9133" + String(10_000_000_000_000 + index)
      let tax = Double(index % 997) + 0.5
      let mu = Double(index % 41) + 1
      return HistoryEnterprise(
        code: code, name: "企业\(index)", track: index % 3 == 0 ? "below" : "above", areaMu: mu,
        score: Double(index % 100), class: ["A", "B", "C", "D"][index % 4], rank: index + 1,
        of: count,
        figures: [
          HistoryFigure(field: "revenue", value: tax * 17, source: "stats.csv:\(index + 2)"),
          HistoryFigure(field: "tax", value: tax, source: "tax.csv:\(index + 2)"),
        ],
        indicators: [
          HistoryIndicator(name: "revenuePerMu", value: tax * 17 / mu),
          HistoryIndicator(name: "taxPerMu", value: tax / mu),
        ])
    }
    return HistoryRun(
      year: year, recordedAt: recordedAt, ruleSet: ruleSet,
      inputs: [
        HistoryInput(file: "records-\(year).xml", sha256: String(repeating: "d", count: 64))
      ],
      enterprises: enterprises)
  }
}
