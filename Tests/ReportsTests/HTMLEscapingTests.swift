import Evaluation
import Foundation
import Land
import Testing

@testable import Reports

/// Nothing from the input reaches a page unescaped, in text or in attributes.
@Suite struct HTMLEscapingTests {
  static let hostile =
    #"<script>alert(1)</script>" onerror="alert(2)" ' onmouseover='alert(3)' &amp;"#
  static let escaped =
    "&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(2)&quot; &#39; onmouseover=&#39;alert(3)&#39; &amp;amp;"

  static func hostileVerdict() -> Verdict {
    HTMLFixture.verdict(
      "P-1" + hostile, .noncompliant, district: ("510116", hostile), sector: ("C3981", hostile),
      name: hostile, taxPerMu: 10, plotRatio: 0.5,
      findings: [HTMLFixture.finding(.plotRatio, .fail, value: 0.5, min: 1.0, message: hostile)])
  }

  static func expectSafe(_ page: String, scripts: Int) {
    #expect(!page.contains("<script>alert"))
    #expect(!page.contains("\" onerror=\""))
    #expect(!page.contains("' onmouseover='"))
    #expect(page.contains(escaped))
    // Only the page's own sort script, if any.
    #expect(page.components(separatedBy: "<script").count - 1 == scripts)
  }

  @Test(arguments: HTMLLanguage.allCases)
  func theBatchReportEscapesHostileNamesInTextAndAttributes(language: HTMLLanguage) throws {
    var report = HTMLFixture.report([Self.hostileVerdict()], language: language)
    report.add(HTMLFixture.rejected("R" + Self.hostile, line: 9, [Self.hostile]))
    let page = try report.render()
    Self.expectSafe(page, scripts: 1)
    // In an attribute: the worst-gap list's tooltip holds the parcel's name.
    #expect(page.contains("<td class=\"id\" title=\"\(Self.escaped)\">"))
    // The rule set's own texts are escaped too.
    #expect(page.contains("测试依据 &lt;b&gt;"))
  }

  @Test(arguments: HTMLLanguage.allCases)
  func theParcelCardEscapesHostileNamesInTextAndAttributes(language: HTMLLanguage) throws {
    let page = try ParcelCard(
      verdict: Self.hostileVerdict(), ruleSet: HTMLFixture.ruleSet(), language: language
    ).render()
    Self.expectSafe(page, scripts: 0)
    #expect(page.contains("<h1 title=\"\(Self.escaped)\">"))
  }

  @Test func aRejectedCardEscapesItsErrors() throws {
    let verdict = HTMLFixture.rejected(Self.hostile, line: 4, [Self.hostile])
    let page = try ParcelCard(verdict: verdict, ruleSet: HTMLFixture.ruleSet()).render()
    Self.expectSafe(page, scripts: 0)
  }

  /// Every text of the class and contract sections that comes from the
  /// input or the rule set carries the hostile string.
  static func hostileScoredVerdict() -> Verdict {
    var verdict = hostileVerdict()
    let h = hostile
    verdict.scoring = ScoringResult(
      scheme: h, group: h, score: 10, class: .d, rank: 1, groupSize: 1,
      items: [
        ScoredItem(
          indicator: .taxPerMu, weight: 50, value: nil, noData: h, benchmark: 3, score: 0, note: h,
          rule: h)
      ],
      exemption: nil, veto: h, surcharge: SurchargeResult(perKWh: 0.3, kWh: 10, amount: 3, basis: h)
    )
    let date = HTMLScoredFixture.asOf
    verdict.contract = ContractReview(
      asOf: date,
      clauses: [
        ClauseFinding(clause: .start, status: .fail, due: date, daysLate: 1, message: h),
        ClauseFinding(clause: .commitment(.plotRatio), status: .nodata, message: h),
      ],
      damages: [DamagesItem(clause: h, formula: .idleFee(price: 10))],
      idle: IdleLand(since: date, days: 400, stage: .fee, reason: h),
      lowEfficiency: [LowEfficiencyFlag(criterion: .lowOutput, reason: h)], notes: [h])
    return verdict
  }

  @Test(arguments: HTMLLanguage.allCases)
  func theClassAndContractSectionsEscapeHostileTexts(language: HTMLLanguage) throws {
    let page = try HTMLFixture.report([Self.hostileScoredVerdict()], language: language).render()
    Self.expectSafe(page, scripts: 1)
    // In attributes: the tooltips of the lowest-score, damages, idle and
    // low-efficiency lists, and of the district × class chart.
    #expect(
      page.components(separatedBy: "<td class=\"id\" title=\"\(Self.escaped)\">").count - 1 == 5)
    #expect(page.contains("<g><title>510116 \(Self.escaped)</title>"))
    // In text: the veto, the damages clause and the idle reason.
    #expect(page.contains("<td>\(Self.escaped)</td></tr>"))
    #expect(page.contains("<td>\(Self.escaped)</td><td class=\"num\">2.00</td>"))
    let card = try ParcelCard(
      verdict: Self.hostileScoredVerdict(), ruleSet: HTMLFixture.ruleSet(), language: language
    ).render()
    Self.expectSafe(card, scripts: 0)
    #expect(card.contains("<dd>\(Self.escaped)</dd>"))
    #expect(card.contains("<span class=\"note\">\(Self.escaped)</span>"))
  }

  @Test func aCSVLinkCannotBeReadAsAScheme() {
    #expect(HTMLReportContext.safeLink("javascript:alert(1)") == "./javascript:alert(1)")
    #expect(HTMLReportContext.safeLink("out/v.csv") == "./out/v.csv")
    #expect(HTMLReportContext.safeLink("/data/v.csv") == "/data/v.csv")
  }

  @Test func aLinkWithQuotesIsEscapedInItsAttribute() throws {
    var report = HTMLFixture.report([])
    report.context.csvLink = HTMLReportContext.safeLink(#"a"onclick="x.csv"#)
    let page = try report.render()
    #expect(page.contains(#"<a href="./a&quot;onclick=&quot;x.csv">"#))
  }
}
