import ArgumentParser
import Enterprises
import Evaluation
import Foundation
import Land
import Reports
import Rules
import Workbooks

/// The enterprises of an `evaluate` run (records.md 1.1): the department
/// files read first, the year decided, each verdict's land gathered as it
/// is written, and after the batch the join, its report and its files.
final class EnterpriseRun {
  let year: Int
  private let files: [DepartmentFile]
  private let corrections: [CorrectionFile]
  private var data: DepartmentData?
  private var ledger = EnterpriseLedger()
  private let jsonl: OutputFile?
  private let csv: OutputFile?
  private let joinReport: OutputFile?
  private let xlsx: ExternalOutputFile?
  private let history: EnterpriseHistory?
  /// The group benchmarks of the last ``evaluate``, for the history.
  private var benchmarks: [GroupBenchmark] = []

  /// Reads the data files and opens the outputs; nil when the run asks
  /// for no enterprises. The year is `--year`, else the latest the data
  /// files name; without either, a usage error.
  /// `always`: gather enterprises even with no data file and no output
  /// (`mujun check --enterprise`).
  init?(
    data options: DataOptions, year: Int?, jsonl: String? = nil, csv: String? = nil,
    joinReport: String? = nil, xlsx: String? = nil, history: String? = nil,
    always: Bool = false
  ) throws {
    guard
      always || !options.files.isEmpty || !options.corrections.isEmpty || jsonl != nil
        || csv != nil || joinReport != nil || xlsx != nil || history != nil
    else {
      return nil
    }
    self.history = try history.map(EnterpriseHistory.init(path:))
    corrections = options.corrections.map {
      CorrectionFile.read(path: $0, encoding: options.encoding)
    }
    // One file's rows at a time: merged, then let go of.
    var merge = DepartmentMerge()
    var read: [DepartmentFile] = []
    for path in options.files {
      var file = DepartmentFile.read(path: path, encoding: options.encoding, defaultYear: year)
      merge.add(file: file.rows)
      file.rows = []
      read.append(file)
    }
    files = read
    data = options.files.isEmpty ? nil : merge.merged
    guard let chosen = year ?? data?.firms.keys.map(\.year).max() else {
      for problem in files.flatMap(\.problems) { StandardError.write(problem.description) }
      StandardError.write(
        "mujun: the enterprises are evaluated for one year: give it with --year (e.g. --year 2024); \(options.files.isEmpty ? "no data files were given" : "the data files name none")"
      )
      throw ExitCode(64)
    }
    self.year = chosen
    do {
      self.jsonl = try jsonl.map { path throws(OutputError) in try OutputFile(path: path) }
      self.csv = try csv.map { path throws(OutputError) in try OutputFile(path: path) }
      self.joinReport = try joinReport.map { path throws(OutputError) in
        try OutputFile(path: path)
      }
      self.xlsx = try xlsx.map { path throws(OutputError) in try ExternalOutputFile(path: path) }
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
  }

  /// What each verdict of the run must carry: the land of its record, as
  /// the rule set counts tenants' land.
  func enterpriseYear(_ ruleSet: RuleSet) -> EnterpriseYear {
    EnterpriseYear(year: year, tenantLand: ruleSet.scoring?.tenantLand ?? .apportion)
  }

  /// Takes a verdict's land; on the writing thread, in input order.
  func add(_ verdict: Verdict) {
    if let land = verdict.land { ledger.add(land) }
  }

  /// The files to commit with the run's other outputs.
  var outputs: [OutputFile] { [jsonl, csv, joinReport].compactMap { $0 } }
  /// The workbook, written by libxlsxwriter, committed with them.
  var externalOutputs: [ExternalOutputFile] { [xlsx].compactMap { $0 } }

  /// The run's enterprises: joined, corrected and, when the rule set
  /// scores enterprises, scored; and the join report with every problem
  /// of the data and corrections files.
  ///
  /// With a history: last year's group benchmarks for items that ask for
  /// them, and the classes of earlier years for surcharges that need
  /// consecutive years.
  func evaluate(evaluator: Evaluator) throws -> (
    verdicts: EnterpriseEvaluation, report: JoinReport
  ) {
    var join = EnterpriseJoin(ledger: ledger, data: data, year: year)
    // The ledger and the files' figures are in the join now.
    ledger = EnterpriseLedger()
    data = nil
    let applied = join.apply(corrections.flatMap(\.corrections))
    var report = join.report
    report.problems =
      files.flatMap(\.problems) + report.problems + corrections.flatMap(\.problems) + applied
    let years = evaluator.ruleSet.scoring?.surcharges.compactMap(\.consecutiveYears).max() ?? 1
    let scoring = EnterpriseScoring(
      join.enterprises, evaluator: evaluator,
      previous: try history?.benchmarks(year: year - 1) ?? [:],
      pastClasses: try history?.classes(before: year, years: max(years, 1)) ?? [:])
    benchmarks = scoring.benchmarks
    return (EnterpriseEvaluation(enterprises: join.enterprises, scoring: scoring), report)
  }

  /// Records the year's results in the history, when the run keeps one:
  /// after its outputs are committed, so a failed run records nothing.
  func record(_ verdicts: EnterpriseEvaluation, ruleSet: RuleSet, inputs: [String]) throws {
    try history?.record(
      year: year, verdicts: verdicts, benchmarks: benchmarks, ruleSet: ruleSet, inputs: inputs)
  }

  /// A firm's results in the years the history holds.
  func trend(_ code: String) throws -> [EnterpriseTrendYear] {
    try history?.trend(code) ?? []
  }

  /// The one-firm sheets written by ``finish``, to commit with the rest.
  private(set) var sheetFiles: [OutputFile] = []

  /// What ``finish`` gives the rest of the run.
  struct Finished {
    var dataErrors: Bool
    var verdicts: EnterpriseEvaluation
    /// Last year's class by credit code, from the history.
    var previousClasses: [String: String]
  }

  /// Evaluates, prints each data problem and the report on standard error,
  /// and writes the files: the enterprises, the join report, the workbook
  /// and, with `sheets`, a one-firm sheet for each firm (`CODE.html`).
  /// Throws when a workbook or sheet cannot be made.
  func finish(
    evaluator: Evaluator, sheets: String? = nil, inputs: [(String, String)] = [],
    language: HTMLLanguage? = nil, templates: HTMLTemplates? = nil, stamp: String? = nil
  ) throws -> Finished {
    let (verdicts, report) = try evaluate(evaluator: evaluator)
    for problem in report.problems { StandardError.write(problem.description) }
    for line in JoinReportText.lines(report) { StandardError.write(line) }
    let ruleSet = evaluator.ruleSet.identity
    if let jsonl {
      for verdict in verdicts { jsonl.write(EnterpriseJSON.line(verdict, ruleSet: ruleSet)) }
    }
    if let csv {
      csv.write(EnterpriseCSV.head())
      for verdict in verdicts { csv.write(EnterpriseCSV.row(verdict)) }
    }
    joinReport?.write(JoinReportJSON.document(report))
    if let xlsx {
      let document = PublicationWorkbook.document(
        verdicts, report: report, ruleSet: evaluator.ruleSet, year: year)
      for note in try document.write(to: xlsx.writingPath, displayName: xlsx.path) {
        StandardError.write(note.description)
      }
    }
    if let sheets {
      sheetFiles = try writeSheets(
        verdicts, into: sheets, inputs: inputs, ruleSet: evaluator.ruleSet, language: language,
        templates: templates, stamp: stamp)
    }
    return Finished(
      dataErrors: report.dataErrors > 0 || !report.badCodes.isEmpty, verdicts: verdicts,
      previousClasses: try history?.classes(year: year - 1) ?? [:])
  }

  /// A sheet for each enterprise, `DIR/CODE.html`, the folder made if
  /// missing; none may be an input of the run (``OutputPlan``).
  private func writeSheets(
    _ verdicts: EnterpriseEvaluation, into folder: String, inputs: [(String, String)],
    ruleSet: RuleSet, language: HTMLLanguage?, templates: HTMLTemplates?, stamp: String?
  ) throws -> [OutputFile] {
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw OutputError(
        path: folder, reason: "cannot make the folder: \(error.localizedDescription)")
    }
    var plan = OutputPlan()
    for (what, path) in inputs { plan.read(what, path) }
    let paths = verdicts.map { folder + "/" + $0.enterprise.code + ".html" }
    for path in paths { plan.write("--sheets", path) }
    if let problem = plan.problems().first { throw OutputError(path: folder, reason: problem) }
    var files: [OutputFile] = []
    for (verdict, path) in zip(verdicts, paths) {
      let sheet = EnterpriseSheet(
        verdict: verdict, ruleSet: ruleSet, trend: try trend(verdict.enterprise.code),
        language: language, stamp: stamp)
      let file = try OutputFile(path: path)
      file.write(try sheet.render(with: templates))
      files.append(file)
    }
    return files
  }
}
