import Land
import Rules
import Testing
import XMLStream

@testable import Reports

@Suite struct RuleSetDiffPageTests {
  func ruleSet(file: String, min: String) -> RuleSet {
    let row = ThresholdRow(
      indicator: .taxPerMu, sector: "C", min: Double(min), writtenMin: min,
      location: SourceLocation(file: file, line: 11, column: 5), ruleSetID: "cd")
    return RuleSet(
      identity: RuleSetIdentity(id: "cd", version: "<v>", sha256: "0", fileName: file),
      metadata: RuleSetMetadata(
        title: "t", source: "s", classification: "GB/T 4754-2017", locale: "zh-CN"),
      rows: [row])
  }

  @Test func thePageEscapesNamesFromTheFiles() throws {
    // A file name and a version are the user's text: printed escaped.
    let diff = RuleSetDiff(
      old: ruleSet(file: "a&<b>.xml", min: "8"), new: ruleSet(file: "new.xml", min: "12"))
    let page = try RuleSetDiffPage.render(diff, with: HTMLTemplates())
    #expect(page.contains("cd &lt;v&gt; (a&amp;&lt;b&gt;.xml)"))
    #expect(page.contains("<td>11 → 11</td>"))  // lines in the files named above
    #expect(!page.contains("<b>"))
    // 8 → 12 on a minimum: tightened.
    #expect(page.contains("<td>tightened</td><td>min 8</td><td>min 12</td>"))
  }
}
