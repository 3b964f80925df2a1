import Evaluation
import Land
import Rules
import Testing
import XMLStream

@testable import Reports

/// A date the test knows to be real.
func date(_ text: String) -> CivilDate {
  guard let date = CivilDate(text) else { preconditionFailure("not a date: \(text)") }
  return date
}

/// A verdict carrying a contract review, built by hand.
func verdict(with review: ContractReview) -> Verdict {
  var verdict = Verdict(
    parcel: "CT-04", status: .noncompliant, year: nil,
    ruleSet: RuleSetIdentity(id: "t", version: "1", sha256: "0", fileName: "t.xml"),
    location: SourceLocation(file: "t.xml", line: 1, column: 1))
  verdict.contract = review
  return verdict
}

@Suite struct ClauseTableTests {
  /// A late start (45 × 0.5‰ × 800 = 18), a broken investment commitment
  /// ((300 − 270) ÷ 300 × 800 = 80), a pending completion; total 98.
  static let review: ContractReview = {
    let price = 800.0
    return ContractReview(
      asOf: date("2025-03-31"),
      clauses: [
        ClauseFinding(
          clause: .start, status: .fail, agreedDue: date("2020-06-20"),
          due: date("2020-06-20"), actual: date("2020-08-04"), daysLate: 45,
          message: "start"),
        ClauseFinding(
          clause: .completion, status: .pending, agreedDue: date("2026-06-20"),
          due: date("2026-06-20"), message: "completion"),
        ClauseFinding(
          clause: .commitment(.valueAddedPerEmission), status: .fail, value: 4861.0833,
          min: 4929.8125, message: "long"),
      ],
      damages: [
        DamagesItem(clause: "start", formula: .perDay(days: 45, permille: 0.5, price: price)),
        DamagesItem(
          clause: "valueAddedPerEmission",
          formula: .shortfall(agreed: 4929.8125, actual: 4861.0833, price: 1_234_567.8912)),
      ])
  }()

  @Test(arguments: TableLanguage.allCases)
  func everyLineFitsIn100Columns(language: TableLanguage) {
    let text = ClauseTable.render(verdict(with: Self.review), language: language)
    for line in text.split(separator: "\n") {
      #expect(TextTable.width(String(line)) <= 100, "too wide: \(line)")
    }
  }

  @Test func theChineseTableNamesClausesAndStatusesInChinese() {
    let text = ClauseTable.render(verdict(with: Self.review), language: .zh)
    #expect(text.contains("条款"))
    #expect(text.contains("计算依据"))
    #expect(text.contains("2020-08-04 迟45天"))
    #expect(text.contains("违约"))
    #expect(text.contains("未到期"))
    #expect(text.contains("45 天 × 0.5‰ × 800 = 18"))
    #expect(text.contains("截至 2025-03-31"))
  }

  @Test func theEnglishTableUsesTheVerdictNames() {
    let text = ClauseTable.render(verdict(with: Self.review), language: .en)
    #expect(text.contains("clause"))
    #expect(text.contains("start"))
    #expect(text.contains("2020-08-04 +45d"))
    #expect(text.contains("45 days × 0.5‰ × 800 = 18"))
    #expect(text.contains("pending"))
  }

  @Test func longBasesWrapOntoContinuationLinesUnderTheirColumn() {
    // 30 columns less "a" and two spaces leave 27 for the last column.
    let lines = ColumnLayout.render(
      [["a", "one two three four five six seven eight"]], width: 30
    ).split(separator: "\n")
    #expect(lines == ["a  one two three four five six", "   seven eight"])
  }

  @Test func aLastColumnSqueezedBelowItsMinimumGoesUnderTheRow() {
    // 12 − 3 = 9 columns left, under the minimum of 24: the text goes on
    // lines of its own, indented by 4 and wrapped at 12 − 4 = 8.
    let lines = ColumnLayout.render([["a", "one two three"]], width: 12)
      .split(separator: "\n")
    #expect(lines == ["a", "    one two", "    three"])
  }

  @Test func wrapCountsChineseCharactersAsTwoColumns() {
    #expect(ColumnLayout.wrap("违约金合计", width: 4) == ["违约", "金合", "计"])
  }
}

@Suite struct VerdictJSONContractTests {
  @Test func theContractAddsClauseFindingsDamagesAndIdle() {
    var review = ClauseTableTests.review
    review.damages.removeLast()
    review.clauses.removeLast()
    let line = VerdictJSON.line(verdict(with: review))
    #expect(
      line.contains(
        #"{"clause":"start","status":"fail","due":"2020-06-20","actual":"2020-08-04","daysLate":45,"message":"start"}"#
      ))
    #expect(
      line.contains(
        #""asOf":"2025-03-31","damages":{"total":18.0,"items":[{"clause":"start","amount":18.0,"basis":"45 days × 0.5‰ × 800 = 18"}]},"idle":null,"lowEfficiency":[]"#
      ))
  }
}
