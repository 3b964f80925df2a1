import Enterprises
import Evaluation
import Land
import Tables
import Testing

@testable import Reports

/// The one-firm sheet on the firm of ``EnterpriseSheetFixture`` (figures
/// worked out there by hand).
@Suite struct EnterpriseSheetTests {
  static func page(_ sheet: EnterpriseSheet = EnterpriseSheetFixture.sheet()) -> HTMLSheetPage {
    HTMLSheetPage(sheet)
  }

  static func sheet(
    _ verdict: EnterpriseVerdict, trend: [EnterpriseTrendYear] = [],
    language: HTMLLanguage = .zh
  ) -> EnterpriseSheet {
    EnterpriseSheet(
      verdict: verdict, ruleSet: HTMLFixture.ruleSet(), trend: trend, language: language)
  }

  @Test func theHeadNamesTheFirmTheYearAndTheRuleSet() {
    let page = Self.page()
    #expect(page.code == "914403001922038216")
    #expect(page.name == "台州示例塑业有限公司")
    #expect(page.year == "2024")
    #expect(page.track == "规上")
    #expect(page.scale == "规上")
    #expect([page.sector, page.district] == ["C2927", "331003"])
    #expect(page.ruleSet.id == "test-rules")
    // The first 12 hex digits of the digest.
    #expect(page.ruleSet.shortDigest == "abababababab")
  }

  @Test(arguments: [
    ("above", "规上", "Above designated size"), ("below", "规下", "Below designated size"),
    ("small", "小微", "Small (under the area floor)"), ("tenant", "租赁", "Tenant (holds no land)"),
    ("unscored", "未评价", "Not evaluated"), ("cixi-lease", "cixi-lease", "cixi-lease"),
  ])
  func eachTrackHasItsLabelAndASchemeOfTheRuleSetsOwnIsWrittenAsIs(
    track: String, chinese: String, english: String
  ) {
    #expect(HTMLSheetPage.trackLabel(track, t: HTMLStrings.chinese) == chinese)
    #expect(HTMLSheetPage.trackLabel(track, t: HTMLStrings.english) == english)
  }

  @Test func theLandListsEachParcelWithItsRoleAndRecord() {
    let page = Self.page()
    #expect(page.land.map(\.parcel) == ["P-1", "P-7"])
    #expect(page.land.map(\.role) == ["自有", "租用"])
    #expect(page.land.map(\.mu) == ["20 亩", "5 亩"])
    #expect(page.land.map(\.source) == ["records.xml:3", "records.xml:41"])
    // 20 held + 5 rented.
    #expect(page.totalMu == "25 亩")
    #expect(!page.areaCorrected)
    #expect(page.tenants == "91110000600037341L")
  }

  @Test func everyFigureIsListedWithItsUnitAndSourceAndTheCorrectedOneMarked() throws {
    let figures = Self.page().figures
    #expect(figures.map(\.key) == PerformanceField.allCases.map(\.rawValue))
    #expect(
      figures.map(\.unit) == ["万元", "万元", "万元", "万元", "吨标准煤", "千瓦时", "吨", "万元", "人"])
    #expect(
      figures.map(\.value) == [
        "无数据", "无数据", "1,000", "250", "无数据", "1,200,000", "无数据", "无数据", "120",
      ])
    let tax = figures[3]
    #expect(tax.corrected)
    #expect(tax.source == "corr.csv:2 (黄经信〔2025〕3号)")
    let correction = try #require(tax.corrections.first)
    #expect(correction.old == "240 万元")
    #expect(correction.new == "250 万元")
    #expect(correction.reason == "税务局复核")
    #expect(correction.document == "黄经信〔2025〕3号")
    #expect(correction.source == "corr.csv:2")
    #expect(figures.filter(\.corrected).count == 1)
    let english = HTMLSheetPage(EnterpriseSheetFixture.sheet(language: .en)).figures
    #expect(
      english.map(\.unit) == [
        "10k CNY", "10k CNY", "10k CNY", "10k CNY", "tce", "kWh", "t", "10k CNY", "persons",
      ])
  }

  @Test func theEvaluationAddsUpItemsAndAdjustments() throws {
    let scoring = try #require(Self.page().scoring)
    #expect(scoring.items.map(\.score) == ["48.00", "32.00"])
    // 48 + 32 = 80 before the adjustment, 80 − 5 = 75 after.
    #expect(scoring.subtotal == "80.00")
    #expect(scoring.adjustments.map(\.points) == ["-5"])
    #expect(scoring.adjustments.map(\.reason) == ["出租扣分"])
    #expect(scoring.score == "75.00")
    #expect(scoring.classLabel == "C类")
    #expect(scoring.rank == "96 / 140")
    #expect(scoring.scheme == "规上")
    // 0.05 × 1 200 000 = 60 000 CNY.
    #expect(scoring.surcharge?.amount == "60,000.00")
    let html = try EnterpriseSheetFixture.sheet().render()
    #expect(
      html.contains(
        #"<span class="cls big cls-C">C类</span> 综合得分 <strong>75.00</strong> · 排名 96 / 140"#))
  }

  @Test func aPositiveAdjustmentIsSigned() throws {
    var verdict = EnterpriseSheetFixture.verdict()
    verdict.scoring?.adjustments = [ScoredAdjustment(points: 2.5, reason: "技改", rule: "r.xml:3")]
    #expect(
      try #require(HTMLSheetPage(Self.sheet(verdict)).scoring).adjustments.map(\.points) == ["+2.5"]
    )
  }

  @Test func aNoDataReasonIsInChineseOnAChinesePage() throws {
    var verdict = EnterpriseSheetFixture.verdict()
    verdict.scoring?.items = [
      ScoredItem(
        indicator: .taxPerKWh, weight: 10, value: nil, noData: "no electricity figure for 2024",
        benchmark: 0.2, score: 0)
    ]
    let chinese = try #require(HTMLSheetPage(Self.sheet(verdict)).scoring)
    #expect(chinese.items.map(\.note) == ["无 2024 年用电量数据"])
    let english = try #require(HTMLSheetPage(Self.sheet(verdict, language: .en)).scoring)
    #expect(english.items.map(\.note) == ["no electricity figure for 2024"])
  }

  @Test func theTrendRunsOldestFirstAndEndsWithThisYearFromTheVerdict() throws {
    let trend = try #require(Self.page().trend)
    #expect(trend.rows.map(\.year) == ["2021", "2022", "2023", "2024"])
    #expect(trend.rows.map(\.isCurrent) == [false, false, false, true])
    #expect(trend.rows.map(\.classLabel) == ["B类", "B类", "C类", "C类"])
    #expect(trend.rows.map(\.score) == ["88.50", "84.25", "78.10", "75.00"])
    #expect(trend.rows.map(\.rank) == ["40 / 130", "52 / 134", "90 / 138", "96 / 140"])
    // This year: 250 ÷ 25 = 10 and 1000 ÷ 25 = 40 per mu; 2022 has neither.
    #expect(trend.rows.map(\.taxPerMu) == ["11.20", "—", "9.60", "10.00"])
    #expect(trend.rows.map(\.valueAddedPerMu) == ["44.50", "—", "41.00", "40.00"])
  }

  @Test func theSparklinePlacesEachScoreByYearBetweenTheLowestAndHighest() throws {
    let line = try #require(Self.page().trend?.sparkline)
    // x from 30 (2021) to 190 (2024), a third of 160 a year: 30, 83.33,
    // 136.67, 190. y from 42 (75, the lowest) to 10 (88.5, the highest):
    // 84.25 is 42 − (84.25 − 75) ÷ 13.5 × 32 = 20.07; 78.1 is
    // 42 − 3.1 ÷ 13.5 × 32 = 34.65.
    #expect(line.points == "30,10 83.33,20.07 136.67,34.65 190,42")
    #expect(line.dots.map(\.title) == ["2021: 88.50", "2022: 84.25", "2023: 78.10", "2024: 75.00"])
    #expect(line.labels.map(\.text) == ["88.5", "75.0"])
  }

  @Test func aHistoryEntryForThisYearGivesWayToTheVerdict() throws {
    let trend = [
      EnterpriseTrendYear(year: 2024, class: "A", score: 99),
      EnterpriseTrendYear(year: 2023, class: "B", score: 80),
    ]
    let rows = try #require(
      HTMLSheetPage(Self.sheet(EnterpriseSheetFixture.verdict(), trend: trend)).trend
    ).rows
    #expect(rows.map(\.year) == ["2023", "2024"])
    #expect(rows.map(\.score) == ["80.00", "75.00"])
  }

  @Test func withoutEarlierYearsThereIsNoTrendAndWithOneScoreNoLine() throws {
    let verdict = EnterpriseSheetFixture.verdict()
    #expect(HTMLSheetPage(Self.sheet(verdict)).trend == nil)
    #expect(HTMLSheetPage(Self.sheet(verdict, trend: [.init(year: 2024, score: 1)])).trend == nil)
    #expect(try !Self.sheet(verdict).render().contains("历年评价"))
    // One earlier year with no score: a table, no line (one score only).
    let unscored = try #require(
      HTMLSheetPage(Self.sheet(verdict, trend: [.init(year: 2023)])).trend)
    #expect(unscored.rows.map(\.classLabel) == ["—", "C类"])
    #expect(unscored.sparkline == nil)
    // A class the history writes otherwise is shown as written.
    let odd = try #require(
      HTMLSheetPage(Self.sheet(verdict, trend: [.init(year: 2023, class: "B+")])).trend)
    #expect(odd.rows[0].classLabel == "B+")
    #expect(odd.rows[0].classKey == "none")
  }

  @Test func aFirmNotScoredSaysSoAndWhy() throws {
    var enterprise = EnterpriseSheetFixture.enterprise()
    enterprise.land = [EnterpriseSheetFixture.land[1]]
    enterprise.notes = [
      EnterpriseIssue(source: nil, "holds no land, only rents: listed apart, not ranked")
    ]
    let verdict = EnterpriseVerdict(enterprise: enterprise, track: "tenant", scoring: nil)
    let html = try Self.sheet(verdict).render()
    #expect(html.contains("<dt>参评类别</dt><dd>租赁</dd>"))
    #expect(html.contains("<p>本年度未参加评分，原因见备注。</p>"))
    #expect(html.contains("<li>holds no land, only rents: listed apart, not ranked</li>"))
  }

  @Test func aCorrectedAreaIsMarkedWithWhatItReplaced() throws {
    var enterprise = EnterpriseSheetFixture.enterprise()
    enterprise.areaMu = 26
    enterprise.corrections.append(
      AppliedCorrection(
        correction: Correction(
          code: enterprise.code, field: .areaMu, value: 26, reason: "土地复核",
          document: "黄自然〔2025〕1号", source: CellPlace(file: "corr.csv", row: 3)),
        oldValue: 25))
    let page = HTMLSheetPage(
      Self.sheet(EnterpriseVerdict(enterprise: enterprise, track: "above", scoring: nil)))
    #expect(page.totalMu == "26 亩")
    #expect(page.areaCorrected)
    #expect(page.areaCorrections.map(\.old) == ["25 亩"])
    #expect(page.areaCorrections.map(\.new) == ["26 亩"])
    // The tax correction stays with the tax figure.
    #expect(page.figures.filter(\.corrected).map(\.key) == ["tax"])
  }

  @Test func aLongListOfTenantsIsCut() {
    var enterprise = EnterpriseSheetFixture.enterprise()
    enterprise.tenantCodes = (1...22).map { "T\($0)" }
    let page = HTMLSheetPage(
      Self.sheet(EnterpriseVerdict(enterprise: enterprise, track: "above", scoring: nil)))
    #expect(page.tenants?.hasPrefix("T1, T2, ") == true)
    #expect(page.tenants?.hasSuffix("T20，另有 2 家") == true)
  }

  @Test func theConfirmationBlockGivesTheObjectionWindowAndStaysOnOnePage() throws {
    let html = try EnterpriseSheetFixture.sheet().render()
    #expect(html.contains("<p class=\"choice\"><span class=\"box\"></span> 以上数据经核对无误</p>"))
    #expect(html.contains("<p class=\"choice\"><span class=\"box\"></span> 有异议（请在 5 个工作日内提出）</p>"))
    for label in ["企业负责人签字：", "企业盖章：", "日期："] {
      #expect(html.contains("<p>\(label)<span class=\"blank"))
    }
    // The block is not cut across pages when printed.
    #expect(
      html.contains(
        ".confirm { border: 2px solid var(--ink); border-radius: 4px; padding: 4px 16px 16px; margin-top: 24px; break-inside: avoid;"
      ))
    #expect(html.contains("@page { size: A4;"))
    var sheet = EnterpriseSheetFixture.sheet(language: .en)
    sheet.objectionDays = 10
    #expect(try sheet.render().contains("We object (to be raised within 10 working days)"))
  }

  @Test func theSheetRunsNothingFetchesNothingAndGivesTheSameBytesTwice() throws {
    let first = try EnterpriseSheetFixture.sheet().render()
    #expect(first == (try EnterpriseSheetFixture.sheet().render()))
    #expect(!first.contains("<script"))
    #expect(!first.contains("生成时间"))
    let rest = first.replacing("http://www.w3.org/2000/svg", with: "")
    for fetch in ["http:", "https:", "src=", "<link", "url(", "@import"] {
      #expect(!rest.contains(fetch), "\(fetch)")
    }
    let stamped = EnterpriseSheet(
      verdict: EnterpriseSheetFixture.verdict(), ruleSet: HTMLFixture.ruleSet(),
      stamp: "2026-11-27T21:30:00Z")
    #expect(try stamped.render().contains("<dt>生成时间</dt><dd>2026-11-27T21:30:00Z</dd>"))
  }
}
