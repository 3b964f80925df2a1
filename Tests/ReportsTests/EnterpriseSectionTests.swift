import Evaluation
import Testing

@testable import Reports

/// The batch report's enterprise section on the nine firms of
/// ``EnterpriseSectionFixture`` (its table gives every figure used here).
@Suite struct EnterpriseSectionTests {
  @Test func theSectionIsThereOnlyWhenEnterprisesWereAdded() throws {
    let plain = HTMLFixture.report(HTMLFixture.smallBatch)
    #expect(HTMLBatchPage(plain.aggregate, context: plain.context).enterprises == nil)
    #expect(try !plain.render().contains("企业亩均效益评价"))
    #expect(try EnterpriseSectionFixture.report().render().contains("<h2>企业亩均效益评价</h2>"))
  }

  @Test func tilesCountEveryFirmByClass() throws {
    let section = try #require(EnterpriseSectionFixture.section())
    #expect(section.firms == "9")
    // F8 (the tenant) has no score.
    #expect(section.scored == "8")
    // A: F1, F6; B: F2, F3; C: F7; D: F4, F5; T: F9; none: F8.
    #expect(section.tiles.map(\.count) == ["2", "2", "1", "2", "1", "1"])
    // 2 of 9 is 22.2 %, 1 of 9 is 11.1 %.
    #expect(section.tiles.map(\.share) == ["22.2%", "22.2%", "11.1%", "22.2%", "11.1%", "11.1%"])
  }

  @Test func classesAreCountedOnEachTrackInTheTracksOrder() throws {
    let section = try #require(EnterpriseSectionFixture.section())
    let tracks = section.classTables[0]
    #expect(tracks.title == "各参评类别的分类")
    #expect(tracks.rows.map(\.label) == ["规上", "规下", "租赁"])
    // above: F1 A, F2 B, F3 B, F4 D, F5 D, F9 T.
    #expect(tracks.rows[0].counts == ["1", "2", "0", "2", "1", "0"])
    #expect(tracks.rows[0].total == "6")
    // below: F6 A, F7 C; tenant: F8, not classed.
    #expect(tracks.rows[1].counts == ["1", "0", "1", "0", "0", "0"])
    #expect(tracks.rows[2].counts == ["0", "0", "0", "0", "0", "1"])
    #expect(section.classColumns == ["A", "B", "C", "D", "T", "未分类"])
    // The chart draws the same bars in the same order.
    #expect(section.trackChart.rows.map(\.label) == ["规上", "规下", "租赁"])
    #expect(section.trackChart.rows.map(\.total) == ["6", "2", "1"])
    #expect(section.trackChart.note.hasPrefix("每条为一个参评类别"))
  }

  @Test func classesAreCountedByScoringGroupAndByDistrict() throws {
    let section = try #require(EnterpriseSectionFixture.section())
    // Scored firms only: the tenant F8 has no group.
    let groups = section.classTables[1]
    #expect(groups.rows.map(\.label) == ["above", "below"])
    #expect(groups.rows.map(\.total) == ["6", "2"])
    // 331003: F1 A, F2 B, F5 D, F6 A, F9 T; 331004: F3 B, F4 D, F8 none;
    // F7 has no district: last, as unknown.
    let districts = section.classTables[2]
    #expect(districts.rows.map(\.label) == ["331003", "331004", "未知"])
    #expect(districts.rows[0].counts == ["2", "1", "0", "1", "1", "0"])
    #expect(districts.rows[1].counts == ["0", "1", "0", "1", "0", "1"])
    #expect(districts.rows[2].counts == ["0", "0", "1", "0", "0", "0"])
    #expect(districts.rows.map(\.isOther) == [false, false, true])
  }

  @Test func theCutOffIsTheLowestRankedScoreOfEachClassOnEachTrack() throws {
    let section = try #require(EnterpriseSectionFixture.section())
    #expect(section.cutoffColumns == ["A", "B", "C", "D"])
    // above ranks F1 95 (A), F2 80 and F3 70 (B), F4 40 (D); F5 (20, D)
    // is vetoed and F9 exempt: neither is ranked, so D's cut-off stays 40.
    // below ranks F6 60 (A) and F7 30 (C). The tenant is not scored.
    #expect(section.cutoffs.map(\.track) == ["规上", "规下"])
    #expect(section.cutoffs.map(\.ranked) == ["4", "2"])
    #expect(section.cutoffs[0].lowest == ["95.00", "70.00", "—", "40.00"])
    #expect(section.cutoffs[1].lowest == ["60.00", "—", "30.00", "—"])
  }

  @Test func theLowestScoresComeFirstWithoutTheExemptFirm() throws {
    let section = try #require(EnterpriseSectionFixture.section())
    // F9 (T, 88) is left out, F8 has no score.
    #expect(section.lowest.map(\.code) == ["F5", "F7", "F4", "F6", "F3", "F2", "F1"])
    let vetoed = section.lowest[0]
    #expect(vetoed.score == "20.00")
    #expect(vetoed.classLabel == "D")
    #expect(vetoed.rank == "—")
    #expect(vetoed.reason == "重大安全事故")
    #expect(vetoed.track == "规上")
    #expect(section.lowest[1].rank == "2 / 2")
  }

  @Test func theListKeepsTheTwentyLowestScores() throws {
    // 25 firms scoring 1 to 25, added highest first.
    let firms = (1...25).reversed().map { score in
      EnterpriseSectionFixture.firm(
        "G\(100 + score)", track: "above", district: "331003", score: Double(score), class: .c,
        rank: 26 - score, of: 25)
    }
    let section = try #require(EnterpriseSectionFixture.section(firms, previous: [:]))
    #expect(section.lowest.count == 20)
    #expect(section.lowest.first?.score == "1.00")
    #expect(section.lowest.last?.score == "20.00")
  }

  @Test func movesAgainstLastYearAreCountedForFirmsClassedAToD() throws {
    let section = try #require(EnterpriseSectionFixture.section())
    // F1 B → A up, F7 D → C up; F4 C → D and F5 A → D down; F2 B → B same;
    // F3 (no class) and F6 (T) new. F8 and F9 are not classed A–D this year.
    #expect(section.hasChanges)
    #expect(section.changes.map(\.key) == ["up", "down", "same", "new"])
    #expect(section.changes.map(\.count) == ["2", "2", "1", "2"])
    // Of 7: 2 is 28.6 %, 1 is 14.3 %.
    #expect(section.changes.map(\.share) == ["28.6%", "28.6%", "14.3%", "28.6%"])
    #expect(section.changesCompared == "本年 A–D 类企业 7 家")
    let without = try #require(EnterpriseSectionFixture.section(previous: [:]))
    #expect(!without.hasChanges)
    #expect(try !EnterpriseSectionFixture.report(previous: [:]).render().contains("与上年分类相比"))
  }

  @Test func surchargesAddUpTheAmountsAndCountTheFirmsCharged() throws {
    let section = try #require(EnterpriseSectionFixture.section())
    // F4: 30 000 CNY; F5 has no electricity figure, so no amount.
    #expect(section.surchargeTotal == "30,000.00")
    #expect(section.surchargeFirms == "2")
    #expect(section.surchargeNote == "其中 1 家企业没有用电量数据，未计入合计。")
    let english = try #require(EnterpriseSectionFixture.section(language: .en))
    #expect(
      english.surchargeNote == "Of these, 1 have no electricity figure and are not in the total.")
  }

  @Test func aSchemeOfTheRuleSetsOwnIsShownAsWrittenAfterTheBuiltInTracks() throws {
    let firms = [
      EnterpriseSectionFixture.firm("H1", track: "lease", district: "1", score: 50, class: .b),
      EnterpriseSectionFixture.firm("H2", track: "small", district: "1", score: nil, class: nil),
      EnterpriseSectionFixture.firm("H3", track: "above", district: "1", score: 70, class: .a),
    ]
    let section = try #require(EnterpriseSectionFixture.section(firms, previous: [:]))
    #expect(section.classTables[0].rows.map(\.label) == ["规上", "小微", "lease"])
  }

  @Test func theSameFirmsInAnotherOrderGiveTheSameBytes() throws {
    let forward = try EnterpriseSectionFixture.report().render()
    let backward = try EnterpriseSectionFixture.report(EnterpriseSectionFixture.firms.reversed())
      .render()
    #expect(forward == backward)
    #expect(try EnterpriseSectionFixture.report().render() == forward)
  }
}
