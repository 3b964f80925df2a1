import ArgumentParser
import Evaluation
import Reports
import Rules
import XMLStream

struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Evaluate every parcel of a land-record file and write one verdict per parcel.",
    discussion: """
      Each parcel gets exactly one verdict, in input order: compliant, noncompliant, \
      incomplete (a threshold's indicator has no data) or rejected (the record is invalid; \
      its errors are also printed to standard error as file:line:column: error: …).

      Without --jsonl or --csv, a summary table (counts by status and by district, and \
      by class when the rule set scores) is printed to standard output.

      A rule set with a <scoring> section also scores every parcel (亩均论英雄): score, \
      class A to D (T when exempt), rank in its group, and any power surcharge. The file \
      is then read twice.

      Examples:
        mujun evaluate SampleParcels/chengdu-2024.xml
        mujun evaluate records.xml --jsonl verdicts.jsonl --csv verdicts.csv
        mujun evaluate records.xml --year 2023 --rules my-city.xml --jsonl -
      """
  )

  @Argument(help: ArgumentHelp("The land-record file (XML).", valueName: "file"))
  var file: String

  @OptionGroup var ruleSet: RuleSetOption

  @Option(
    help: ArgumentHelp(
      "The performance year to evaluate (default: each record's latest).",
      discussion: "Example: --year 2024", valueName: "year"))
  var year: Int?

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Also check each parcel's contract as of this date (YYYY-MM-DD): clauses, damages, idle land.",
      discussion: "Without it contracts are not checked. Example: --as-of 2025-03-31",
      valueName: "date"))
  var asOf: String?

  @Option(
    help: ArgumentHelp(
      "Write verdicts as JSON Lines to this file ('-' for standard output).",
      discussion: "Example: --jsonl verdicts.jsonl", valueName: "path"))
  var jsonl: String?

  @Option(
    help: ArgumentHelp(
      "Write one CSV row per parcel to this file (UTF-8 with a byte-order mark, for Excel).",
      discussion: "Example: --csv verdicts.csv", valueName: "path"))
  var csv: String?

  func validate() throws {
    if let asOf { _ = try AsOfDate.parse(asOf) }
    if let year, !(1900...2200).contains(year) {
      throw ValidationError("--year \(year) is not a plausible year; give four digits, e.g. 2024")
    }
    if jsonl != nil, jsonl == csv {
      throw ValidationError("--jsonl and --csv name the same file; give two different paths")
    }
    for output in [jsonl, csv].compactMap({ $0 }) where output == file {
      throw ValidationError("\(output) is the input file; writing verdicts there would destroy it")
    }
  }

  func run() throws {
    let rules = try ruleSet.load()
    let reader = try RecordFile.open(file)
    let sinks = try VerdictSinks(jsonl: jsonl, csv: csv)
    var summary = SummaryTable()
    let batch = BatchEvaluator(
      evaluator: Evaluator(
        ruleSet: rules, year: year, asOf: try asOf.map(AsOfDate.parse)))
    let outcome: BatchOutcome
    do {
      // A scoring rule set reads the file twice (group benchmarks and ranks
      // need every parcel); the second pass opens it again.
      let reopen = { () -> Result<XMLRecordReader, Diagnostic> in
        Result { () throws(Diagnostic) in try XMLRecordReader(path: file) }
      }
      outcome = try batch.run(reader, reopen: reopen) { (verdict: Verdict) throws(OutputError) in
        for error in verdict.errors { StandardError.write(error.description) }
        summary.add(verdict)
        try sinks.write(verdict)
      }
      try sinks.close()
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
    for error in outcome.fileErrors { StandardError.write(error.description) }
    if let fatal = outcome.fatal { StandardError.write(fatal.description) }
    if sinks.isEmpty {
      print(summary.render(file: file, year: year), terminator: "")
    } else {
      StandardError.write(Self.countsLine(outcome))
    }
    if outcome.hadInputErrors { throw ExitStatus.inputErrors }
  }

  static func countsLine(_ outcome: BatchOutcome) -> String {
    let parts = VerdictStatus.allCases.map { "\(outcome.counts[$0] ?? 0) \($0.rawValue)" }
    return "\(outcome.file): \(outcome.total) parcels: " + parts.joined(separator: ", ")
  }
}
