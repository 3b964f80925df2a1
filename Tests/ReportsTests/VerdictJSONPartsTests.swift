import Evaluation
import Foundation
import Land
import Rules
import Testing
import XMLStream

@testable import Reports

@Suite struct VerdictJSONPartsTests {
  static let root: String = {
    let path = #filePath
    guard let range = path.range(of: "/Tests/", options: .backwards) else { return "." }
    return String(path[..<range.lowerBound])
  }()

  /// The verdicts of a sample file under the rule set at `rules` (a path
  /// under Rules/), with the rule set.
  static func verdicts(_ sample: String, rules: String) throws -> ([Verdict], RuleSet) {
    let ruleSet = try RuleSetLoader().load(path: root + "/Rules/" + rules).get()
    let batch = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet, year: 2024))
    var verdicts: [Verdict] = []
    _ = batch.run(try XMLRecordReader(path: root + "/SampleParcels/" + sample)) {
      verdicts.append($0)
    }
    return (verdicts, ruleSet)
  }

  static func line(_ verdict: Verdict, parts: VerdictJSONParts?) -> String {
    var bytes: [UInt8] = []
    VerdictJSON.appendLine(verdict, to: &bytes, parts: parts)
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(arguments: ["cn-national-2008.xml", "chengdu-example.xml"])
  func linesWrittenFromTheRuleSetsPartsAreTheSame(rules: String) throws {
    let (verdicts, ruleSet) = try Self.verdicts("chengdu-2024.xml", rules: rules)
    let parts = VerdictJSONParts(ruleSet)
    // Findings that cite rows with a source and without one, and rejected
    // verdicts without findings.
    #expect(verdicts.contains { $0.findings.contains { $0.row != nil } })
    #expect(verdicts.contains { $0.status == .rejected })
    for verdict in verdicts {
      #expect(Self.line(verdict, parts: parts) == VerdictJSON.line(verdict))
    }
  }

  @Test func anotherRuleSetsPartsAreNotUsed() throws {
    // Chengdu's rows are not national ones: with its parts, a national
    // verdict is written from its own rule set, as without parts.
    let (verdicts, _) = try Self.verdicts("chengdu-2024.xml", rules: "cn-national-2008.xml")
    let (_, chengdu) = try Self.verdicts("chengdu-2024.xml", rules: "chengdu-example.xml")
    let parts = VerdictJSONParts(chengdu)
    for verdict in verdicts {
      let line = Self.line(verdict, parts: parts)
      #expect(line == VerdictJSON.line(verdict))
      #expect(line.contains("\"ruleSet\":{\"id\":\"cn-national-2008\""))
    }
  }

  @Test func aFindingWhoseCitationWasChangedIsWrittenAsChanged() throws {
    // A finding that cites a row is written from the row's part; once its
    // rule, rule set id or source is changed, from what it now says.
    let (verdicts, ruleSet) = try Self.verdicts("chengdu-2024.xml", rules: "cn-national-2008.xml")
    let parts = VerdictJSONParts(ruleSet)
    let index = try #require(verdicts.firstIndex { !$0.findings.isEmpty })
    var verdict = verdicts[index]
    #expect(verdict.findings[0].row != nil)
    verdict.findings[0].ruleSetID = "local-amendment"
    verdict.findings[0].source = "区政府 2026 年 3 号文"
    verdict.findings[0].rule = SourceLocation(file: "local.xml", line: 7, column: 3)
    #expect(verdict.findings[0].row == nil)
    let line = Self.line(verdict, parts: parts)
    #expect(line == VerdictJSON.line(verdict))
    #expect(
      line.contains(
        "\"rule\":\"local.xml:7\",\"ruleSet\":\"local-amendment\",\"source\":\"区政府 2026 年 3 号文\""))
    // The verdict it was copied from still cites the row.
    #expect(verdicts[index].findings[0].row != nil)
    #expect(verdicts[index].findings[0].ruleSetID == "cn-national-2008")
  }

  @Test func aFindingsOwnNumbersAreWrittenWhenTheyAreNotTheLinesOrTheRows() throws {
    // A finding's value is copied from the line's indicators, and its
    // bounds from its row's part, only when they are the same doubles.
    let (verdicts, ruleSet) = try Self.verdicts("chengdu-2024.xml", rules: "cn-national-2008.xml")
    let parts = VerdictJSONParts(ruleSet)
    let index = try #require(
      verdicts.firstIndex { $0.findings.contains { $0.min != nil && $0.value != nil } })
    var verdict = verdicts[index]
    let at = try #require(verdict.findings.firstIndex { $0.min != nil && $0.value != nil })
    let indicator = verdict.findings[at].indicator
    let original = try #require(verdict.findings[at].value)
    // The line's indicator keeps its value; the finding says otherwise.
    verdict.findings[at].value = 12.5
    verdict.findings[at].min = 0.25
    let line = Self.line(verdict, parts: parts)
    #expect(line == VerdictJSON.line(verdict))
    #expect(line.contains("\"value\":12.5,\"min\":0.25,"))
    #expect(line.contains("\"\(indicator.rawValue)\":\(JSONWriter.format(original))"))
    // No finding's value is copied from another indicator's.
    verdict.findings[at].value =
      verdict.indicators.first { $0.indicator != indicator }?.reading.value
    #expect(Self.line(verdict, parts: parts) == VerdictJSON.line(verdict))
  }
}
