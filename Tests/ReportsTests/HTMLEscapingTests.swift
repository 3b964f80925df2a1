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
    #expect(page.contains("<td title=\"\(Self.escaped)\">"))
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
