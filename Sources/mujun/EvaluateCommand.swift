import ArgumentParser
import Evaluation
import Foundation
import Reports
import Rules
import Workbooks
import XMLStream

struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Evaluate every parcel of a land-record file and write one verdict per parcel.",
    discussion: """
      Each parcel gets exactly one verdict, in input order: compliant, noncompliant, \
      incomplete (a threshold's indicator has no data) or rejected (the record is invalid; \
      its errors are also printed to standard error as file:line:column: error: …).

      Without --jsonl, --csv or --html, a summary table (counts by status and by district, and \
      by class when the rule set scores) is printed to standard output.

      A rule set with a <scoring> section also scores every parcel (亩均论英雄): score, \
      class A to D (T when exempt), rank in its group, and any power surcharge. The file \
      is then read twice.

      --html writes one self-contained page (no network needed; prints on A4): counts by \
      status, tables by district and sector, distributions with the bounds marked, the \
      noncompliant parcels furthest from their bounds, the lowest tax per mu and the invalid \
      records. It holds \
      aggregates and short lists, never a row per parcel: add --csv for every parcel. \
      The same inputs give the same bytes unless --stamp adds the time.

      Examples:
        mujun evaluate SampleParcels/chengdu-2024.xml
        mujun evaluate records.xml --jsonl verdicts.jsonl --csv verdicts.csv
        mujun evaluate records.xml --year 2023 --rules my-city.xml --jsonl -
        mujun evaluate records.xml --csv all.csv --html report.html --lang en
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

  @Option(
    help: ArgumentHelp(
      "Write the batch report as one self-contained HTML page to this file.",
      discussion: "Example: --html report.html", valueName: "path"))
  var html: String?

  @OptionGroup var data: DataOptions

  @Option(
    help: ArgumentHelp(
      "Write one JSON line per enterprise (every credit code met as holder, tenant or in a data file) to this file ('-' for standard output).",
      discussion:
        "Each firm's land by parcel (held and rented), area in mu, figures with the file and row they came from, per-mu indicators. Needs --year or --data files that name a year. Example: --enterprises enterprises.jsonl",
      valueName: "path"))
  var enterprises: String?

  @Option(
    name: .customLong("enterprises-csv"),
    help: ArgumentHelp(
      "Write one CSV row per enterprise to this file (UTF-8 with a byte-order mark, for Excel).",
      discussion: "Example: --enterprises-csv enterprises.csv", valueName: "path"))
  var enterprisesCSV: String?

  @Option(
    help: ArgumentHelp(
      "Write the publication workbook (xlsx): a sheet per track with rank, class, score, credit code, name, land and the main indicators; the exempt and vetoed firms; the firms not ranked; the join report's findings.",
      discussion: "Example: --xlsx 亩均评价-2024.xlsx", valueName: "path"))
  var xlsx: String?

  @Option(
    help: ArgumentHelp(
      "Write each enterprise's one-firm sheet (一企一单: its land, figures with their sources, score by item, class, rank, a place to sign) as CODE.html into this folder, made if missing.",
      discussion: "Example: --sheets sheets-2024", valueName: "dir"))
  var sheets: String?

  @Option(
    help: ArgumentHelp(
      "Keep each year's enterprise results in this SQLite file (made if missing): last year's benchmarks and earlier classes for this run, this year's results recorded after it (a rerun of a year replaces that year).",
      discussion:
        "Read it with the sqlite3 tool (docs/history.md). Example: --history history.sqlite",
      valueName: "path"))
  var history: String?

  @Option(
    name: .customLong("join-report"),
    help: ArgumentHelp(
      "Write how the records and the data files met (codes without land, land without data or code, differing names, every data problem) as one JSON object to this file.",
      discussion: "Example: --join-report join.json", valueName: "path"))
  var joinReport: String?

  @Option(
    help: ArgumentHelp(
      "The report's language: zh or en (default: zh when the rule set's locale is zh-CN, else en).",
      discussion: "Example: --lang en", valueName: "zh|en"))
  var lang: ReportLanguage?

  @Option(
    help: ArgumentHelp(
      "A folder of .mustache files, each replacing the built-in template of the same name (for example letterhead.mustache). Data must be printed with {{name}}, which escapes it; a template with {{{name}}} or {{&name}} is refused.",
      discussion: "Example: --template-dir bureau-templates", valueName: "dir"))
  var templateDir: String?

  @Flag(
    help: "Print the time the report was made (UTC) in it; without it the report holds no time.")
  var stamp = false

  @Flag(
    help:
      "Print no progress on standard error. Progress (records, records per second, time taken and left) is only ever printed when standard error is a terminal."
  )
  var quiet = false

  /// For tests and benchmarks: the least size of a chunk when the file is
  /// parsed in chunks on two threads; 0 parses it on one.
  @Option(help: .hidden)
  var chunkSize = BatchEvaluator.defaultChunkSize

  /// Every file the run reads, for the outputs made once the run has
  /// begun (the sheets) to be checked against.
  var inputs: [(String, String)] {
    [("the land-record file", file)] + ruleSet.rules.map { ("the rule file", $0) }
      + data.files.map { ("the data file", $0) }
      + data.corrections.map { ("the corrections file", $0) }
      + (templateDir.map { [("the template folder", $0)] } ?? [])
  }

  func validate() throws {
    if chunkSize < 0 { throw ValidationError("--chunk-size must be 0 or more") }
    if let asOf { _ = try AsOfDate.parse(asOf) }
    if let year, !(1900...2200).contains(year) {
      throw ValidationError("--year \(year) is not a plausible year; give four digits, e.g. 2024")
    }
    var plan = OutputPlan()
    plan.read("the land-record file", file)
    for path in ruleSet.rules { plan.read("the rule file", path) }
    plan.read("the template folder", templateDir)
    for path in data.files { plan.read("the data file", path) }
    for path in data.corrections { plan.read("the corrections file", path) }
    plan.write("--jsonl", jsonl)
    plan.write("--csv", csv)
    plan.write("--html", html)
    plan.write("--enterprises", enterprises)
    plan.write("--enterprises-csv", enterprisesCSV)
    plan.write("--join-report", joinReport)
    plan.write("--xlsx", xlsx)
    if let problem = plan.problems().first { throw ValidationError(problem) }
    if html == nil, sheets == nil, lang != nil || templateDir != nil || stamp {
      throw ValidationError(
        "--lang, --template-dir and --stamp shape the HTML report and sheets; add --html PATH or --sheets DIR"
      )
    }
  }

  func run() throws {
    // The data files first: without --year, they say which year the
    // enterprises (and so the parcels) are evaluated for.
    let firms = try EnterpriseRun(
      data: data, year: year, jsonl: enterprises, csv: enterprisesCSV, joinReport: joinReport,
      xlsx: xlsx, history: history)
    let year = firms?.year ?? year
    let rules = try ruleSet.load(year: year)
    let templates = try loadTemplates()
    let reader = try RecordFile.open(file)
    let sinks = try VerdictSinks(jsonl: jsonl, csv: csv)
    // The summary table is printed only when nothing else is written.
    let printsSummary =
      sinks.isEmpty && html == nil && (firms?.outputs.isEmpty ?? true)
      && (firms?.externalOutputs.isEmpty ?? true)
    let htmlFile = try Self.open(html)
    var summary = SummaryTable()
    var report = HTMLBatchReport(
      context: HTMLReportContext(
        file: file, year: year, ruleSet: rules, language: lang?.language,
        csvLink: html.flatMap { Self.csvLink(csv: csv, html: $0) },
        stamp: stamp ? Self.now() : nil))
    var evaluator = Evaluator(ruleSet: rules, year: year, asOf: try asOf.map(AsOfDate.parse))
    evaluator.enterprises = firms?.enterpriseYear(rules)
    var batch = BatchEvaluator(evaluator: evaluator)
    batch.chunkSize = chunkSize
    let display = ProgressDisplay(quiet: quiet, file: file)
    batch.progress = display?.progress
    let outcome: BatchOutcome
    do {
      // A scoring rule set reads the file twice (group benchmarks and ranks
      // need every parcel); the second pass opens it again.
      let reopen = { () -> Result<XMLRecordReader, Diagnostic> in
        Result { () throws(Diagnostic) in try XMLRecordReader(path: file) }
      }
      // The files' lines are made on the reading threads; only the HTML
      // report needs the verdicts whole after that (the summary table is
      // printed only when there are no files).
      let rendering = sinks.rendering(keepingVerdicts: html != nil, ruleSet: rules)
      // Verdicts reduced for the files keep their land (Verdict.reduced()).
      // A file that cannot be written stops the run at once.
      outcome = try batch.run(reader, reopen: reopen, rendering: rendering) {
        (verdict: Verdict, lines: RenderedLines?) throws(OutputError) in
        if !verdict.errors.isEmpty { display?.clear() }
        for error in verdict.errors { StandardError.write(error.description) }
        display?.record()
        if printsSummary { summary.add(verdict) }
        if html != nil { report.add(verdict) }
        firms?.add(verdict)
        try sinks.write(verdict, lines: lines)
      }
      display?.clear()
      try sinks.finish()
    } catch {
      display?.clear()
      StandardError.write(error.description)
      throw ExitCode.failure
    }
    for error in outcome.fileErrors { StandardError.write(error.description) }
    if outcome.moreFileErrors > 0 {
      StandardError.write(
        "\(file): error: \(outcome.moreFileErrors) more problems with the file are not listed; fix the ones above and run again"
      )
    }
    // The enterprises (and their sheets) before the report, which shows them.
    var dataErrors = false
    var enterpriseVerdicts: EnterpriseEvaluation?
    do {
      if let firms {
        let finished = try firms.finish(
          evaluator: evaluator, sheets: sheets, inputs: inputs, language: lang?.language,
          templates: templates, stamp: stamp ? Self.now() : nil)
        dataErrors = finished.dataErrors
        enterpriseVerdicts = finished.verdicts
        if html != nil {
          // A few thousand at a time: the report keeps only counts.
          var start = 0
          while start < finished.verdicts.count {
            let end = min(start + 4096, finished.verdicts.count)
            report.addEnterprises(
              Array(finished.verdicts[start..<end]), previousClasses: finished.previousClasses)
            start = end
          }
        }
      }
    } catch {
      StandardError.write(String(describing: error))
      throw ExitCode.failure
    }
    if let htmlFile, let templates {
      report.context.asOf = reader.root?.attribute("asOf")
      report.context.fileProblems = outcome.fileErrors + [outcome.fatal].compactMap { $0 }
      report.context.fileProblemsNotListed = outcome.moreFileErrors
      htmlFile.write(try Self.render(report, with: templates))
    }
    // The outputs take their targets' places together, or none does.
    do {
      try OutputFile.close(
        sinks.files + [htmlFile].compactMap { $0 } + (firms?.outputs ?? [])
          + (firms?.sheetFiles ?? []),
        firms?.externalOutputs ?? [])
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
    // The outputs are in place: the year's results go into the history.
    if let firms, let verdicts = enterpriseVerdicts {
      try firms.record(
        verdicts, ruleSet: rules,
        inputs: [file] + ruleSet.rules + data.files + data.corrections)
    }
    if let fatal = outcome.fatal { StandardError.write(fatal.description) }
    if printsSummary {
      print(summary.render(file: file, year: year), terminator: "")
    } else {
      StandardError.write(Self.countsLine(outcome))
    }
    if outcome.hadInputErrors || dataErrors { throw ExitStatus.inputErrors }
  }

  /// The templates, when a report is asked for; exits with status 64 when
  /// the template folder cannot be read or holds a broken template.
  func loadTemplates() throws -> HTMLTemplates? {
    guard html != nil || sheets != nil else { return nil }
    do {
      return try HTMLTemplates(overridingFrom: templateDir)
    } catch {
      StandardError.write(error.description)
      throw ExitCode(64)
    }
  }

  /// The report's page; a template that renders nothing (a missing
  /// `batch-report`) ends the run with status 1.
  static func render(_ report: HTMLBatchReport, with templates: HTMLTemplates) throws -> String {
    do {
      return try report.render(with: templates)
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
  }

  /// The report's file, opened before the run so that a path that cannot
  /// be written fails at once (status 1), not after the whole batch.
  static func open(_ path: String?) throws -> OutputFile? {
    guard let path else { return nil }
    do {
      return try OutputFile(path: path)
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
  }

  /// The CSV's path as a link from the report's folder: its name when both
  /// are in one folder, else its absolute path.
  static func csvLink(csv: String?, html: String) -> String? {
    guard let csv, csv != "-", html != "-" else { return nil }
    let csvURL = URL(fileURLWithPath: csv).standardizedFileURL
    let folder = URL(fileURLWithPath: html).standardizedFileURL.deletingLastPathComponent()
    if csvURL.deletingLastPathComponent().path == folder.path { return csvURL.lastPathComponent }
    return csvURL.path
  }

  /// Now, UTC, to the second: `2026-11-27T21:30:00Z`.
  static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }

  static func countsLine(_ outcome: BatchOutcome) -> String {
    let parts = VerdictStatus.allCases.map { "\(outcome.counts[$0] ?? 0) \($0.rawValue)" }
    return "\(outcome.file): \(outcome.total) parcels: " + parts.joined(separator: ", ")
  }
}

/// `--lang`: the languages the HTML reports are written in.
enum ReportLanguage: String, ExpressibleByArgument, CaseIterable {
  case zh
  case en

  var language: HTMLLanguage {
    switch self {
    case .zh: .zh
    case .en: .en
    }
  }
}
