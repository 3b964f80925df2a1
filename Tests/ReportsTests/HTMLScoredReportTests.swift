import Evaluation
import Foundation
import Land
import Testing

@testable import Reports

/// The class and contract sections of the batch report, on the scored
/// batch of ``HTMLScoredFixture`` (figures worked out there by hand).
@Suite struct HTMLScoredReportTests {
  static func page(_ verdicts: [Verdict], language: HTMLLanguage = .zh) -> HTMLBatchPage {
    let report = HTMLFixture.report(verdicts, language: language)
    return HTMLBatchPage(report.aggregate, context: report.context)
  }

  @Test func theSectionsAppearOnlyWithTheirData() throws {
    let plain = Self.page(HTMLFixture.smallBatch)
    #expect(plain.scoring == nil)
    #expect(plain.contracts == nil)
    let text = try HTMLFixture.report(HTMLFixture.smallBatch).render()
    #expect(!text.contains("亩均效益分类"))
    #expect(!text.contains("出让合同履约"))
    let scored = Self.page(HTMLScoredFixture.batch)
    #expect(scored.scoring != nil)
    #expect(scored.contracts != nil)
  }

  @Test func classTilesCountEachClassOfTheScoredParcels() throws {
    let scoring = try #require(Self.page(HTMLScoredFixture.batch).scoring)
    // Five parcels scored (the rejected record is not): A, D, D, T, B.
    #expect(scoring.scored == "5")
    #expect(scoring.tiles.map(\.key) == ["A", "B", "C", "D", "T", "none"])
    #expect(scoring.tiles.map(\.count) == ["1", "1", "0", "2", "1", "0"])
    #expect(scoring.tiles.map(\.share) == ["20.0%", "20.0%", "0.0%", "40.0%", "20.0%", "0.0%"])
    #expect(scoring.tiles.map(\.label) == ["A类", "B类", "C类", "D类", "T类（不定等级）", "未分类"])
    // Only 0007's surcharge has an amount: 0.3 × 1 200 000 = 360 000 CNY.
    #expect(scoring.surchargeTotal == "360,000.00")
    #expect(scoring.surchargeParcels == "2")
    #expect(scoring.surchargeNote == "其中 1 块地没有用电量数据，未计入合计。")
  }

  @Test func theCutOffsAreTheLowestRankedScoreOfEachClassButTheLast() throws {
    let scoring = try #require(Self.page(HTMLScoredFixture.batch, language: .en).scoring)
    // Ranked: A 86.67, B 71, D 42; the vetoed D (55.25) and the exempt T
    // (64) are not ranked. D is the last class: no line.
    #expect(scoring.chart.marks.map(\.label) == ["B ≥ 71", "A ≥ 86.67"])
    #expect(
      scoring.chart.markNote
        == "Classes go by rank share: each vertical line is the lowest score of a parcel in that class (none for the last class)."
    )
    // 0 to 86.67 in 5-point bins: 18 bins.
    #expect(scoring.chart.bars.count == 18)
    #expect(scoring.chart.bars.map(\.count).filter { $0 != "0" }.count == 5)
  }

  @Test func withSeveralGroupsTheLinesAreThoseOfTheLargest() {
    var aggregate = HTMLBatchAggregate()
    let scores: [(String, Double, ScoringClass, Int, Int)] = [
      ("small", 90, .a, 1, 2), ("small", 10, .d, 2, 2),
      ("big", 80, .a, 1, 3), ("big", 60, .b, 2, 3), ("big", 40, .c, 3, 3),
    ]
    for (index, entry) in scores.enumerated() {
      var verdict = HTMLFixture.verdict("P\(index)", .compliant)
      verdict.scoring = ScoringResult(
        group: entry.0, score: entry.1, class: entry.2, rank: entry.3, groupSize: entry.4)
      aggregate.add(verdict)
    }
    let section = HTMLScoringSection(
      aggregate.scoring, ruleSet: HTMLFixture.ruleSet(), t: HTMLStrings.english)
    #expect(section.chart.marks.map(\.label) == ["B ≥ 60", "A ≥ 80"])
    #expect(
      section.cutoffNote.hasSuffix(
        "the lines are those of the largest group, “big” (3 parcels ranked)."))
  }

  @Test func theWorstScoresComeLowestFirstWithClassAndRank() throws {
    let scoring = try #require(Self.page(HTMLScoredFixture.batch).scoring)
    // The exempt parcel 0003 (T, 64) is left out.
    #expect(
      scoring.worst.map(\.parcel) == [
        "510116-2020-GY-0007", "510112-2018-GY-0107", "510112-2017-GY-0011",
        "510116-2019-GY-0042",
      ])
    // 60 + 1.2 ÷ 1.8 × 40 = 86.666… → 86.67.
    #expect(scoring.worst.map(\.score) == ["42.00", "55.25", "71.00", "86.67"])
    #expect(scoring.worst.map(\.classKey) == ["D", "D", "B", "A"])
    #expect(scoring.worst.map(\.rank) == ["3 / 3", "—", "2 / 3", "1 / 3"])
    #expect(scoring.worst[1].reason == "一票否决：2024 年发生较大环境污染事件")
  }

  @Test func theDistrictClassChartStacksEachDistrictTo100Percent() throws {
    let chart = try #require(Self.page(HTMLScoredFixture.batch).scoring).classChart
    // 龙泉驿区: 0107 D, 0003 T, 0011 B; 双流区: 0042 A, 0007 D.
    #expect(chart.rows.map(\.label) == ["龙泉驿区", "双流区"])
    #expect(chart.rows.map(\.total) == ["3", "2"])
    #expect(chart.rows[0].segments.map(\.key) == ["B", "D", "T"])
    // 290 px ÷ 3 = 96.67 each, from x = 150.
    #expect(chart.rows[0].segments.map(\.width) == ["96.67", "96.67", "96.67"])
    #expect(chart.rows[0].segments.map(\.x) == ["150", "246.67", "343.33"])
    #expect(chart.rows[1].segments.map(\.key) == ["A", "D"])
    #expect(chart.rows[1].segments[0].title == "510116 双流区 · A: 1 (50.0%)")
  }

  @Test func theContractHeadlineTotalsDamagesAndCountsIdleLand() throws {
    let contracts = try #require(Self.page(HTMLScoredFixture.batch).contracts)
    #expect(contracts.checked == "5")
    // 18 + 320 + 549 + 240 = 1127 over 0007 and 0107.
    #expect(contracts.totalDamages == "1,127.00")
    #expect(contracts.parcelsOwing == "2")
    #expect([contracts.idleParcels, contracts.idleFee, contracts.idleRecovery] == ["1", "0", "1"])
    #expect(contracts.lowEfficiencyParcels == "1")
  }

  @Test(arguments: HTMLLanguage.allCases)
  func theLargestDamagesComeFirstWithTheirBasis(language: HTMLLanguage) throws {
    let contracts = try #require(Self.page(HTMLScoredFixture.batch, language: language).contracts)
    #expect(contracts.damages.map(\.amount) == ["549.00", "320.00", "240.00", "18.00"])
    let days = language == .zh ? "天" : "days"
    #expect(
      contracts.damages.map(\.basis) == [
        "915 \(days) × 0.5‰ × 1200 = 549", "(1 − 0.6) ÷ 1 × 800 = 320", "20% × 1200 = 240",
        "45 \(days) × 0.5‰ × 800 = 18",
      ])
    #expect(
      contracts.damages.map(\.clause)
        == (language == .zh
          ? ["开工", "容积率", "闲置费", "开工"] : ["Start", "Plot ratio", "Idle-land fee", "Start"]))
    #expect(contracts.idle.map(\.days) == ["915"])
    #expect(contracts.idle.map(\.since) == ["2022-09-28"])
    #expect(contracts.lowEfficiency.map(\.parcel) == ["510116-2020-GY-0007"])
  }

  @Test func theListsAreBoundedAndSayHowManyMore() throws {
    var report = HTMLFixture.report([])
    for index in 0..<25 {
      var verdict = HTMLFixture.verdict("P\(index)", .noncompliant)
      verdict.contract = ContractReview(
        asOf: HTMLScoredFixture.asOf,
        damages: [DamagesItem(clause: "idleFee", formula: .idleFee(price: Double(index + 1)))],
        idle: IdleLand(
          since: HTMLScoredFixture.date("2023-01-01"), days: 400 + index, stage: .fee,
          reason: "idle"),
        lowEfficiency: [LowEfficiencyFlag(criterion: .productionStopped, reason: "stopped")])
      verdict.scoring = ScoringResult(group: "g", score: Double(index), class: .c)
      report.add(verdict)
    }
    let page = HTMLBatchPage(report.aggregate, context: report.context)
    let contracts = try #require(page.contracts)
    #expect(contracts.idle.count == 20)
    // Longest idle first: 424 days down to 405.
    #expect(contracts.idle.first?.days == "424")
    #expect(contracts.idle.last?.days == "405")
    #expect(contracts.moreIdle == "另有 5 条，完整清单见 CSV 或 JSONL 输出。")
    #expect(contracts.lowEfficiency.count == 20)
    #expect(contracts.moreLowEfficiency != nil)
    #expect(contracts.damages.count == 20)
    // 20% of 25 = 5 is the largest fee; the sum is 20% × (1 + … + 25) = 65.
    #expect(contracts.damages.first?.amount == "5.00")
    #expect(contracts.totalDamages == "65.00")
    #expect(try #require(page.scoring).worst.count == 20)
  }
}
