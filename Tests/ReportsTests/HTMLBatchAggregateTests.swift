import Evaluation
import Foundation
import Land
import Testing

@testable import Reports

@Suite struct HTMLBatchAggregateTests {
  static func page(_ verdicts: [Verdict], language: HTMLLanguage = .zh) -> HTMLBatchPage {
    let report = HTMLFixture.report(verdicts, language: language)
    return HTMLBatchPage(report.aggregate, context: report.context)
  }

  @Test func headlineCountsEachStatus() {
    let page = Self.page(HTMLFixture.smallBatch)
    #expect(page.total == "6")
    #expect(page.statuses.map(\.key) == ["compliant", "noncompliant", "incomplete", "rejected"])
    #expect(page.statuses.map(\.count) == ["2", "2", "1", "1"])
    // 2 of 6 is 33.3 %; 1 of 6 is 16.7 %.
    #expect(page.statuses.map(\.share) == ["33.3%", "33.3%", "16.7%", "16.7%"])
    #expect(page.statuses.map(\.icon) == ["✓", "✗", "?", "⊘"])
  }

  @Test func districtRowsHoldCountsShareAndMediansWorkedByHand() throws {
    let rows = Self.page(HTMLFixture.smallBatch).groupTables[0].rows
    // 510112 has three parcels, 510116 two; the rejected record has no
    // district, so it is counted last, as unknown.
    #expect(rows.map(\.code) == ["510112", "510116", "—"])
    let unknown = rows[2]
    #expect(unknown.name == "未知")
    #expect([unknown.total, unknown.rejected, unknown.share] == ["1", "1", "—"])
    let longquan = rows[0]
    #expect(longquan.name == "龙泉驿区")
    #expect(
      [longquan.total, longquan.compliant, longquan.noncompliant, longquan.incomplete]
        == ["3", "1", "1", "1"])
    // 1 noncompliant of 3 evaluated.
    #expect(longquan.share == "33.3%")
    // Tax per mu 23 and 30 (the incomplete parcel has none): (23 + 30) / 2 = 26.5.
    #expect(longquan.medianTaxPerMu == "26.50")
    // Plot ratio 0.63, 0.9, 1.1: the middle one.
    #expect(longquan.medianPlotRatio == "0.90")
    let shuangliu = rows[1]
    #expect(shuangliu.share == "50.0%")
    // (37.5 + 12) / 2 = 24.75 and (1.2 + 0.6) / 2 = 0.9.
    #expect(shuangliu.medianTaxPerMu == "24.75")
    #expect(shuangliu.medianPlotRatio == "0.90")
  }

  @Test func sectorRowsAreOrderedByCountThenCode() {
    let rows = Self.page(HTMLFixture.smallBatch).groupTables[1].rows
    #expect(rows.map(\.code) == ["C3670", "C3981", "C1469", "—"])
    // C1469: one parcel, tax 30, plot 1.1.
    #expect(rows[2].medianTaxPerMu == "30.00")
    #expect(rows[2].medianPlotRatio == "1.10")
  }

  @Test func aGroupWithoutValuesHasNoMedian() {
    let rows = Self.page([HTMLFixture.verdict("A", .incomplete)]).groupTables[0].rows
    #expect(rows[0].medianTaxPerMu == "—")
    #expect(rows[0].medianTaxPerMuSort == "-1")
  }

  @Test func theWorstGapsComeFirst() {
    let worst = Self.page(HTMLFixture.smallBatch).worst
    // (1.0 − 0.6) / 1.0 = 40 %; the other parcel's worst is green ratio (0.25 − 0.2) / 0.2 = 25 %
    // (its plot ratio gap is (0.7 − 0.63) / 0.7 = 10 %).
    #expect(worst.map(\.parcel) == ["510116-2020-GY-0007", "510112-2018-GY-0107"])
    #expect(worst.map(\.gap) == ["40.0%", "25.0%"])
    #expect(worst[1].failures == ["容积率 0.63 (≥ 0.7)", "绿地率 0.25 (≤ 0.2)"])
  }

  @Test func theLowestTaxPerMuComesFirstWithoutRejectedOrMissingValues() {
    let rows = Self.page(HTMLFixture.smallBatch).lowestTax
    // 12, 23, 30, 37.5; the incomplete parcel has no tax, the rejected one no summary.
    #expect(
      rows.map(\.parcel) == [
        "510116-2020-GY-0007", "510112-2018-GY-0107", "510112-2017-GY-0011",
        "510116-2019-GY-0042",
      ])
    #expect(rows.map(\.taxPerMu) == ["12.00", "23.00", "30.00", "37.50"])
    #expect(rows.map(\.statusWord) == ["不达标", "不达标", "达标", "达标"])
  }

  @Test func theLowestTaxListIsBounded() {
    let verdicts = (0..<30).map { i in
      HTMLFixture.verdict("P\(i)", .compliant, taxPerMu: Double(30 - i))
    }
    let rows = Self.page(verdicts).lowestTax
    #expect(rows.count == HTMLBatchAggregate.listLimit)
    #expect(rows.first?.parcel == "P29")
    #expect(rows.last?.parcel == "P10")
  }

  @Test func theWorstListKeepsTheLargestGapsTiesInInputOrder() throws {
    // Gaps 0.01 … 0.25, with 0.10 twice; the list keeps 20.
    var verdicts = (1...25).map { i in
      HTMLFixture.verdict(
        "P\(i)", .noncompliant,
        findings: [HTMLFixture.finding(.plotRatio, .fail, value: 1 - Double(i) / 100, min: 1)])
    }
    verdicts.append(
      HTMLFixture.verdict(
        "P10bis", .noncompliant,
        findings: [HTMLFixture.finding(.plotRatio, .fail, value: 0.9, min: 1)]))
    let worst = Self.page(verdicts).worst
    #expect(worst.count == HTMLBatchAggregate.listLimit)
    #expect(worst.first?.parcel == "P25")
    // 0.25 … 0.07 and the second 0.10 make 20: P6 is left out; the tie keeps input order.
    let ids = worst.map(\.parcel)
    #expect(ids.last == "P7")
    let tie = try #require(ids.firstIndex(of: "P10"))
    #expect(ids[tie + 1] == "P10bis")
  }

  @Test func rejectedRecordsAreListedUpToTheLimitWithTheirLines() {
    let verdicts = (0..<60).map { HTMLFixture.rejected("R\($0)", line: 10 * $0 + 1, ["bad \($0)"]) }
    let page = Self.page(verdicts)
    #expect(page.rejected.count == HTMLBatchAggregate.rejectedLimit)
    #expect(page.rejected[1].location == "in.xml:11:3")
    #expect(page.rejected[1].reasons == ["13:5: bad 1"])
    #expect(page.moreRejected == "另有 10 条，完整清单见 CSV 或 JSONL 输出。")
  }

  @Test func groupsBeyondTheLimitAreFoldedIntoOneRow() {
    var verdicts = (0..<(HTMLBatchAggregate.groupLimit + 5)).map { i in
      HTMLFixture.verdict(
        "P\(i)", .compliant, district: (String(format: "d%03d", i), "区\(i)"), taxPerMu: Double(i))
    }
    verdicts.append(
      HTMLFixture.verdict("X", .noncompliant, district: ("d204", "区204"), taxPerMu: 1000))
    let rows = Self.page(verdicts).groupTables[0].rows
    #expect(rows.count == HTMLBatchAggregate.groupLimit + 1)
    // d204 has two parcels, so it comes first, then d000…d198 by code;
    // d199…d203 are folded.
    #expect(rows.first?.code == "d204")
    #expect(rows[rows.count - 2].code == "d198")
    let other = rows[rows.count - 1]
    #expect(other.isOther)
    #expect(other.name == "其他 (5)")
    #expect(other.total == "5")
    // Tax per mu 199, 200, 201, 202, 203: the middle one.
    #expect(other.medianTaxPerMu == "201.00")
  }

  @Test func theYearIsTheOneAskedForOrEachRecordsLatest() {
    #expect(Self.page(HTMLFixture.smallBatch).year == "各记录最新年度 · 2024")
    #expect(Self.page(HTMLFixture.smallBatch, language: .en).year == "each record's latest · 2024")
    var report = HTMLFixture.report(HTMLFixture.smallBatch)
    report.context.year = 2023
    #expect(HTMLBatchPage(report.aggregate, context: report.context).year == "2023")
  }

  @Test func scoringAndContractSectionsAppearOnlyWithTheirData() throws {
    let page = try HTMLFixture.report(HTMLFixture.smallBatch).render()
    #expect(!page.contains("亩均效益分类"))
    #expect(!page.contains("出让合同履约"))
    var verdict = HTMLFixture.smallBatch[0]
    verdict.scoring = ScoringResult()
    verdict.contract = ContractReview(asOf: try #require(CivilDate("2025-03-31")))
    let withData = try HTMLFixture.report([verdict]).render()
    #expect(withData.contains("<h2>亩均效益分类</h2>"))
    #expect(withData.contains("<h2>出让合同履约</h2>"))
  }

  /// The page holds aggregates and bounded lists: ten times the parcels
  /// changes only a few numbers.
  @Test func thePageDoesNotGrowWithTheParcelCount() throws {
    func batch(_ count: Int) -> [Verdict] {
      (0..<count).map { i in
        let plot = 0.3 + Double((i * 37) % 100) / 50
        return HTMLFixture.verdict(
          "P\(i)", plot < 1 ? .noncompliant : .compliant,
          district: ("5101\(10 + i % 10)", "区\(i % 10)"), sector: ("C3\(10 + i % 7)", "行业"),
          name: "项目\(i)", taxPerMu: Double((i * 53) % 400) / 4, plotRatio: plot,
          findings: [HTMLFixture.finding(.plotRatio, plot < 1 ? .fail : .pass, value: plot, min: 1)]
        )
      }
    }
    let small = try HTMLFixture.report(batch(2_000)).render()
    let large = try HTMLFixture.report(batch(20_000)).render()
    #expect(abs(large.utf8.count - small.utf8.count) < 2_000)
    #expect(large.utf8.count < 100_000)
  }
}
