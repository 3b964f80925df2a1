import Land
import Testing
import XMLStream

@testable import Evaluation

/// A passing finding's sentence is held as its parts; its text, equality
/// and hash are those of the sentence written out.
@Suite struct FindingTextTests {
  private static func finding(_ text: FindingText) -> Finding {
    Finding(
      indicator: .plotRatio, status: .pass, value: 1.2383858267716537, min: 1, max: nil,
      rule: SourceLocation(file: "cn-national-2008.xml", line: 39, column: 5),
      ruleSetID: "cn-national-2008", source: "容积率", text: text)
  }

  static let rest = " meets the minimum 1 for sector C292 (cn-national-2008.xml:39)"

  @Test func theTextIsThePartsWithTheValueAsNumberTextShowsIt() {
    let text = FindingText.meets(subject: "plotRatio", value: 1.2383858267716537, rest: Self.rest)
    // 1.2383858267716537 to four decimals: 1.2384.
    #expect(text.text == "plotRatio 1.2384" + Self.rest)
    #expect(FindingText.written("as written").text == "as written")
  }

  @Test func equalAndHashedByTheSentenceHoweverItIsHeld() {
    let parts = Self.finding(
      .meets(subject: "plotRatio", value: 1.2383858267716537, rest: Self.rest))
    let written = Self.finding(.written("plotRatio 1.2384" + Self.rest))
    #expect(parts == written)
    #expect(parts.hashValue == written.hashValue)
    #expect(parts != Self.finding(.written("plotRatio 1.2383" + Self.rest)))
    var changed = parts
    changed.message = "another sentence"
    #expect(changed.message == "another sentence")
    #expect(changed != parts)
  }
}
