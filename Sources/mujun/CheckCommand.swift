import ArgumentParser
import Evaluation
import Land
import Reports
import XMLStream

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check land-transfer contracts clause by clause as of a date: damages, idle land.",
    discussion: """
      For each parcel (or the one --parcel names), checks the handover, start and \
      completion dates and every commitment of its contract as of --as-of, and prints a \
      table: clause, agreed, actual, status (pass, fail, pending, nodata), damages in \
      10k CNY and how they were worked out; then the total, idle land and low-efficiency \
      flags. --json prints the verdicts as JSON Lines instead.

      Exit status: 0 every clause that is due holds and no land is idle; 1 a clause is \
      broken or cannot be decided for lack of data, or land is idle; 2 the input cannot be \
      read, a record is rejected, or --parcel names no parcel in the file; 64 a usage error.

      Examples:
        mujun check SampleParcels/contracts-2025.xml --as-of 2025-03-31
        mujun check records.xml --parcel 510116-2019-GY-0042 --as-of 2025-03-31 --lang en
        mujun check records.xml --as-of 2025-03-31 --json
      """
  )

  @Argument(help: ArgumentHelp("The land-record file (XML).", valueName: "file"))
  var file: String

  @Option(help: ArgumentHelp("Check only the parcel with this id.", valueName: "id"))
  var parcel: String?

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "The date the contracts are checked as of (YYYY-MM-DD).",
      discussion: "Example: --as-of 2025-03-31", valueName: "date"))
  var asOf: String

  @OptionGroup var ruleSet: RuleSetOption

  @Option(
    help: ArgumentHelp(
      "The performance year for yearly commitments (default: the latest up to the as-of year).",
      valueName: "year"))
  var year: Int?

  @Flag(help: "Print the verdicts as JSON Lines instead of a table.")
  var json = false

  @Option(help: ArgumentHelp("The table's language: zh (default) or en.", valueName: "lang"))
  var lang: TableLanguage = .zh

  func validate() throws {
    _ = try AsOfDate.parse(asOf)
    if let year, !(1900...2200).contains(year) {
      throw ValidationError("--year \(year) is not a plausible year; give four digits, e.g. 2024")
    }
  }

  func run() throws {
    let date = try AsOfDate.parse(asOf)
    let rules = try ruleSet.load()
    let reader: XMLRecordReader
    do {
      reader = try XMLRecordReader(path: file)
    } catch {
      StandardError.write(error.description)
      throw ExitStatus.inputErrors
    }
    let batch = BatchEvaluator(evaluator: Evaluator(ruleSet: rules, year: year, asOf: date))
    var found = false
    var rejected = false
    var broken = false
    let outcome = batch.run(reader) { verdict in
      if let parcel, verdict.parcel != parcel { return }
      for error in verdict.errors { StandardError.write(error.description) }
      if json {
        print(VerdictJSON.line(verdict), terminator: "")
      } else {
        print((found ? "\n" : "") + ClauseTable.render(verdict, language: lang), terminator: "")
      }
      found = true
      if verdict.status == .rejected { rejected = true }
      if let review = verdict.contract, !review.holds { broken = true }
    }
    if let fatal = outcome.fatal {
      StandardError.write(fatal.description)
      throw ExitStatus.inputErrors
    }
    if let parcel, !found {
      StandardError.write(
        "mujun: no parcel with id \"\(parcel)\" in \(file); check the id (mujun evaluate \(file) --jsonl - lists them)"
      )
      throw ExitStatus.inputErrors
    }
    if rejected { throw ExitStatus.inputErrors }
    if broken { throw ExitCode(1) }
  }
}
