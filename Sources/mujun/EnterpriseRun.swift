import ArgumentParser
import Enterprises
import Evaluation
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
  private let data: DepartmentData?
  private var ledger = EnterpriseLedger()
  private let jsonl: OutputFile?
  private let csv: OutputFile?
  private let joinReport: OutputFile?
  private let xlsx: ExternalOutputFile?

  /// Reads the data files and opens the outputs; nil when the run asks
  /// for no enterprises. The year is `--year`, else the latest the data
  /// files name; without either, a usage error.
  /// `always`: gather enterprises even with no data file and no output
  /// (`mujun check --enterprise`).
  init?(
    data options: DataOptions, year: Int?, jsonl: String? = nil, csv: String? = nil,
    joinReport: String? = nil, xlsx: String? = nil, always: Bool = false
  ) throws {
    guard
      always || !options.files.isEmpty || !options.corrections.isEmpty || jsonl != nil
        || csv != nil || joinReport != nil || xlsx != nil
    else {
      return nil
    }
    corrections = options.corrections.map {
      CorrectionFile.read(path: $0, encoding: options.encoding)
    }
    files = options.read(defaultYear: year)
    data = options.files.isEmpty ? nil : DepartmentMerge.merge(files.map(\.rows))
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
  func evaluate(evaluator: Evaluator) -> (verdicts: [EnterpriseVerdict], report: JoinReport) {
    var join = EnterpriseJoin(ledger: ledger, data: data, year: year)
    let applied = join.apply(corrections.flatMap(\.corrections))
    var report = join.report
    report.problems =
      files.flatMap(\.problems) + report.problems + corrections.flatMap(\.problems) + applied
    let scoring = EnterpriseScoring(join.enterprises, evaluator: evaluator)
    return (scoring.verdicts(join.enterprises), report)
  }

  /// Evaluates, prints each data problem and the report on standard error,
  /// and writes the files. True when the data files had errors; throws
  /// when the workbook cannot be written.
  func finish(evaluator: Evaluator) throws(WorkbookError) -> Bool {
    let (verdicts, report) = evaluate(evaluator: evaluator)
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
    return report.dataErrors > 0 || !report.badCodes.isEmpty
  }
}
