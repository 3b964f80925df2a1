import Testing

@testable import Reports

/// The reports of a small batch, byte for byte. After a deliberate change,
/// rewrite with `MUJUN_UPDATE_GOLDEN=1 swift test --filter HTMLGoldenTests`
/// and read the pages before committing them.
@Suite struct HTMLGoldenTests {
  @Test(arguments: HTMLLanguage.allCases)
  func batchReport(language: HTMLLanguage) throws {
    let page = try HTMLFixture.report(HTMLFixture.smallBatch, language: language).render()
    #expect(try Golden.check(page, against: "batch-\(language.rawValue).html"))
  }

  @Test(arguments: HTMLLanguage.allCases)
  func parcelCard(language: HTMLLanguage) throws {
    let page = try ParcelCard(
      verdict: HTMLFixture.smallBatch[2], ruleSet: HTMLFixture.ruleSet(), language: language
    ).render()
    #expect(try Golden.check(page, against: "card-\(language.rawValue).html"))
  }

  @Test(arguments: HTMLLanguage.allCases)
  func batchReportWithScoresAndContracts(language: HTMLLanguage) throws {
    let page = try HTMLFixture.report(HTMLScoredFixture.batch, language: language).render()
    #expect(try Golden.check(page, against: "batch-scored-\(language.rawValue).html"))
  }

  /// 0007: items, a surcharge with its amount, broken clauses, low-efficiency
  /// land; 0107: a veto, a moved due date, a clause not yet due, idle land.
  @Test(arguments: HTMLLanguage.allCases, [1, 2])
  func parcelCardWithScoresAndContracts(language: HTMLLanguage, index: Int) throws {
    let page = try ParcelCard(
      verdict: HTMLScoredFixture.batch[index], ruleSet: HTMLFixture.ruleSet(), language: language
    ).render()
    #expect(try Golden.check(page, against: "card-scored-\(index)-\(language.rawValue).html"))
  }

  /// The one-firm sheet of ``EnterpriseSheetFixture``: land held and
  /// rented, a corrected figure, items, an adjustment, a surcharge, three
  /// earlier years.
  @Test(arguments: HTMLLanguage.allCases)
  func enterpriseSheet(language: HTMLLanguage) throws {
    let page = try EnterpriseSheetFixture.sheet(language: language).render()
    #expect(try Golden.check(page, against: "sheet-\(language.rawValue).html"))
  }

  /// The batch report with the enterprise section of the nine firms of
  /// ``EnterpriseSectionFixture``.
  @Test(arguments: HTMLLanguage.allCases)
  func batchReportWithEnterprises(language: HTMLLanguage) throws {
    let page = try EnterpriseSectionFixture.report(language: language).render()
    #expect(try Golden.check(page, against: "batch-enterprises-\(language.rawValue).html"))
  }

  @Test func scoresAndContractsGiveTheSameBytesTwice() throws {
    let first = try HTMLFixture.report(HTMLScoredFixture.batch).render()
    let second = try HTMLFixture.report(HTMLScoredFixture.batch).render()
    #expect(first == second)
    let card = { () throws -> String in
      try ParcelCard(verdict: HTMLScoredFixture.batch[2], ruleSet: HTMLFixture.ruleSet()).render()
    }
    #expect(try card() == card())
  }

  @Test func theLanguageFollowsTheRuleSetsLocaleUnlessAsked() throws {
    #expect(HTMLLanguage.preferred(forLocale: "zh-CN") == .zh)
    #expect(HTMLLanguage.preferred(forLocale: "en-GB") == .en)
    let report = HTMLBatchReport(
      context: HTMLReportContext(file: "x.xml", ruleSet: HTMLFixture.ruleSet(locale: "en")))
    #expect(try report.render().contains("<html lang=\"en\">"))
    #expect(try HTMLFixture.report([]).render().contains("<html lang=\"zh-CN\">"))
  }

  @Test func theSameInputsGiveTheSameBytesAndNoTimeUnlessStamped() throws {
    let first = try HTMLFixture.report(HTMLFixture.smallBatch).render()
    let second = try HTMLFixture.report(HTMLFixture.smallBatch).render()
    #expect(first == second)
    #expect(!first.contains("生成时间"))
    let stamped = try HTMLFixture.report(HTMLFixture.smallBatch, stamp: "2026-11-27T21:30:00Z")
      .render()
    #expect(stamped.contains("<dt>生成时间</dt><dd>2026-11-27T21:30:00Z</dd>"))
  }

  @Test func thePagesFetchNothing() throws {
    let batch = try HTMLFixture.report(HTMLFixture.smallBatch).render()
    let card = try ParcelCard(verdict: HTMLFixture.smallBatch[2], ruleSet: HTMLFixture.ruleSet())
      .render()
    for page in [batch, card] {
      // The SVG namespace is a name, not a fetch; nothing else may name a URL.
      let rest = page.replacing("http://www.w3.org/2000/svg", with: "")
      #expect(!rest.contains("http:"))
      #expect(!rest.contains("https:"))
      #expect(!rest.contains("src="))
      #expect(!rest.contains("<link"))
      #expect(!rest.contains("url("))
      #expect(!rest.contains("@import"))
    }
  }
}
