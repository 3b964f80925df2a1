import ArgumentParser
import Evaluation
import Foundation
import Land
import Rules
import XMLStream

struct RulesTestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run a rule set's test cases: land records and the verdicts expected for them.",
    discussion: """
      The test cases of rule file DIR/ID.xml live in DIR/tests/ID/: each NAME.xml is a \
      land-record file and NAME.expected the results expected for it (tab-separated: \
      parcel, status, and optionally failed, class and indicator values; or, for a rule set \
      that scores enterprises, enterprise (credit code), track, and optionally class, score, \
      rank, adjustments, areaMu and indicator values, after a line such as year: 2024; see \
      Rules/README.md). A folder stands for the rule files in it. Prints PASS or FAIL per \
      case and each mismatch as file:line: expected …, got …, with the parcel id or the \
      credit code.

      Exit status 0 when every case passes, 1 when one fails or cannot be run (or there is \
      no case at all), 2 when a rule set cannot be loaded.

      Examples:
        mujun rules test Rules/
        mujun rules test Rules/chengdu-example.xml
      """
  )

  @Argument(help: ArgumentHelp("Rule-set files (XML) or folders of them.", valueName: "path"))
  var paths: [String]

  func run() throws {
    var (passed, failed) = (0, 0)
    let files: [String]
    do {
      files = try RuleFiles.expand(paths)
    } catch {
      print(error.description)
      throw ExitCode.failure
    }
    for path in files {
      guard FileManager.default.fileExists(atPath: path) else {
        failed += 1
        print("FAIL \(path): error: no such rule file; check the path")
        continue
      }
      let cases = Self.cases(of: path)
      guard !cases.isEmpty else {
        print("NONE \(path): no test cases in \(Self.folder(of: path))")
        continue
      }
      for testCase in cases {
        let mismatches = try run(testCase, rules: path)
        if mismatches.isEmpty {
          passed += 1
          print("PASS \(testCase)")
        } else {
          failed += 1
          print("FAIL \(testCase)")
          for mismatch in mismatches { print("  " + mismatch) }
        }
      }
    }
    print("\(passed) passed, \(failed) failed")
    if failed > 0 || passed == 0 { throw ExitCode.failure }
  }

  /// `Rules/tests/cn-national-2008/` for `Rules/cn-national-2008.xml`.
  static func folder(of ruleFile: String) -> String {
    let url = URL(fileURLWithPath: ruleFile)
    let id = url.deletingPathExtension().lastPathComponent
    let directory = (ruleFile as NSString).deletingLastPathComponent
    return (directory.isEmpty ? "" : directory + "/") + "tests/\(id)/"
  }

  /// The cases (paths without extension) of a rule file, by name.
  static func cases(of ruleFile: String) -> [String] {
    let folder = folder(of: ruleFile)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".expected") }.sorted().map {
      folder + String($0.dropLast(".expected".count))
    }
  }

  /// The mismatches of one case; a case that cannot run is one mismatch.
  func run(_ testCase: String, rules: String) throws -> [String] {
    let expectedPath = testCase + ".expected"
    guard let data = FileManager.default.contents(atPath: expectedPath) else {
      return ["\(expectedPath): error: cannot read the file"]
    }
    let expected = RuleTestExpectations(
      text: String(decoding: data, as: UTF8.self), path: expectedPath,
      indicatorNames: Indicator.allCases.map(\.rawValue),
      enterpriseIndicatorNames: Performance.yearlyIndicators.map(\.rawValue))
    if !expected.problems.isEmpty { return expected.problems.map(\.description) }
    let day = expected.date ?? expected.year.map { "\($0)-12-31" }
    let ruleSet: RuleSet
    switch RuleSetCatalog.load(paths: [rules]).flatMap({ $0.choose(on: day) }) {
    case .success(let loaded): ruleSet = loaded
    case .failure(let errors):
      for diagnostic in errors.diagnostics { StandardError.write(diagnostic.description) }
      throw ExitStatus.inputErrors
    }
    if let problem = Self.unfit(expected, ruleSet: ruleSet) { return [problem.description] }
    let records = testCase + ".xml"
    let open = { () -> Result<XMLRecordReader, Diagnostic> in
      Result { () throws(Diagnostic) in try XMLRecordReader(path: records) }
    }
    let reader: XMLRecordReader
    switch open() {
    case .success(let opened): reader = opened
    case .failure(let diagnostic): return [diagnostic.description]
    }
    if expected.key == .enterprise, let year = expected.enterpriseYear {
      let (verdicts, order) = Self.enterprises(
        reader, reopen: open, ruleSet: ruleSet, year: year)
      return RuleTestComparison.mismatches(
        expected, outcomes: RuleTestComparison.outcomes(verdicts), order: order,
        numeric: RuleTestComparison.isNumber(enterpriseColumn:))
    }
    var batch = BatchEvaluator(evaluator: Evaluator(ruleSet: ruleSet, year: expected.year))
    batch.chunkSize = 0
    var verdicts: [String: Verdict] = [:]
    var order: [String] = []
    _ = batch.run(reader, reopen: open) { (verdict: Verdict) in
      guard let id = verdict.parcel, verdicts[id] == nil else { return }
      verdicts[id] = verdict
      order.append(id)
    }
    return RuleTestComparison.mismatches(
      expected, outcomes: RuleTestComparison.outcomes(verdicts), order: order,
      numeric: { Indicator(rawValue: $0) != nil })
  }
}
