import Foundation
import Land
import Rules
import Testing
import XMLStream

@testable import Evaluation

/// The repository's root, found from this file's path.
let repositoryRoot: String = {
  let path = #filePath
  guard let range = path.range(of: "/Tests/", options: .backwards) else { return "." }
  return String(path[..<range.lowerBound])
}()

/// One row of SampleParcels/expected.tsv: the verdict worked out by hand.
struct ExpectedVerdict: CustomStringConvertible {
  var parcel: String
  var status: String
  var failed: [String]
  var values: [String: Double?]

  var description: String { parcel }

  static func load() throws -> [ExpectedVerdict] {
    let text = try String(
      contentsOfFile: repositoryRoot + "/SampleParcels/expected.tsv", encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    let header = lines.removeFirst()
    return lines.map { fields in
      var values: [String: Double?] = [:]
      for (index, name) in header.enumerated().dropFirst(3) {
        values[name] = index < fields.count ? Double(fields[index]) : nil
      }
      return ExpectedVerdict(
        parcel: fields[0], status: fields[1],
        failed: fields[2].split(separator: ",").map(String.init), values: values)
    }
  }
}

func evaluateFile(_ path: String, year: Int? = nil) throws -> ([Verdict], BatchOutcome) {
  let ruleSet = try RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).get()
  let reader = try XMLRecordReader(path: path)
  var verdicts: [Verdict] = []
  let outcome = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet, year: year)).run(reader) {
    verdicts.append($0)
  }
  return (verdicts, outcome)
}

@Suite struct SampleParcelsTests {
  @Test func theSamplesGiveTheVerdictsTheirREADMEPromises() throws {
    let expected = try ExpectedVerdict.load()
    let (verdicts, outcome) = try evaluateFile(repositoryRoot + "/SampleParcels/chengdu-2024.xml")
    #expect(outcome.fatal == nil)
    try #require(verdicts.count == expected.count)
    for (verdict, want) in zip(verdicts, expected) {
      #expect(verdict.parcel == want.parcel)
      #expect(verdict.status.rawValue == want.status, "\(want.parcel)")
      #expect(verdict.failedIndicators.map(\.rawValue) == want.failed, "\(want.parcel)")
      guard verdict.status != .rejected else {
        #expect(!verdict.errors.isEmpty, "\(want.parcel) must say why it was rejected")
        continue
      }
      let values = Dictionary(
        uniqueKeysWithValues: verdict.indicators.map { ($0.indicator.rawValue, $0.reading) })
      for (name, wanted) in want.values {
        let reading = try #require(values[name], "\(name)")
        switch (reading, wanted) {
        case (.value(let got), let wanted?):
          // expected.tsv holds four decimals.
          #expect(abs(got - wanted) <= 0.000051, "\(want.parcel) \(name): \(got) vs \(wanted)")
        case (.noData, nil): break
        default:
          Issue.record(
            "\(want.parcel) \(name): got \(reading), expected \(String(describing: wanted))")
        }
      }
    }
    // Counts from SampleParcels/README.md.
    #expect(outcome.counts[.compliant] == 8)
    #expect(outcome.counts[.noncompliant] == 7)
    #expect(outcome.counts[.incomplete] == 2)
    #expect(outcome.counts[.rejected] == 3)
  }

  @Test func aTruncatedFileGivesVerdictsBeforeTheBreakAndRejectsTheCutRecord() throws {
    let (verdicts, outcome) = try evaluateFile(repositoryRoot + "/SampleParcels/truncated.xml")
    #expect(verdicts.count == 6)
    #expect(verdicts.prefix(5).allSatisfy { $0.status != .rejected })
    let cut = try #require(verdicts.last)
    #expect(cut.parcel == "510121-2018-GY-0023")
    #expect(cut.status == .rejected)
    let fatal = try #require(outcome.fatal)
    #expect(fatal.location.line == 184)
    #expect(outcome.hadInputErrors)
  }
}
