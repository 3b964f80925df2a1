import ArgumentParser
import Evaluation
import Land
import Reports
import Rules
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
        mujun check --draft draft-contract.xml --rules my-city.xml

      With --draft, checks contracts not yet signed instead: every threshold the rule set \
      sets for the parcel's sector, district and zone must be among the commitments, at \
      least as strict; each looser or missing one is an error naming the threshold row. \
      Exit status 0 when every draft holds, 1 when one does not, 2 on bad input.
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
  var asOf: String?

  @Flag(
    help: ArgumentHelp(
      "Check an unsigned contract instead: every threshold of the rule set present and no looser."
    ))
  var draft = false

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
    if draft {
      if asOf != nil {
        throw ValidationError(
          "--draft checks an unsigned contract against the rule set and takes no --as-of; leave one out"
        )
      }
    } else if let asOf {
      _ = try AsOfDate.parse(asOf)
    } else {
      throw ValidationError(
        "give the date to check as of, e.g. --as-of 2025-03-31 (or --draft for an unsigned contract)"
      )
    }
    if let year, !(1900...2200).contains(year) {
      throw ValidationError("--year \(year) is not a plausible year; give four digits, e.g. 2024")
    }
  }

  func run() throws {
    let rules = try ruleSet.load()
    let reader = try RecordFile.open(file)
    guard let asOf, !draft else {
      try checkDraft(reader, rules: rules)
      return
    }
    let date = try AsOfDate.parse(asOf)
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

  /// `--draft`: each problem as `file:line:column: error: …` at the parcel.
  func checkDraft(_ reader: XMLRecordReader, rules: RuleSet) throws {
    var found = false
    var rejected = false
    var looser = false
    let fatal = DraftCheck.run(reader, against: rules) { result in
      if let parcel, result.parcel != parcel { return }
      found = true
      for error in result.errors { StandardError.write(error.description) }
      if !result.errors.isEmpty {
        rejected = true
        return
      }
      for problem in result.problems {
        print(Diagnostic(at: result.location, problem).description)
      }
      if result.problems.isEmpty {
        print(
          "\(result.parcel ?? "?"): the draft meets every threshold of \(rules.identity.id) that applies"
        )
      } else {
        looser = true
      }
    }
    if let fatal {
      StandardError.write(fatal.description)
      throw ExitStatus.inputErrors
    }
    if let parcel, !found {
      StandardError.write("mujun: no parcel with id \"\(parcel)\" in \(file); check the id")
      throw ExitStatus.inputErrors
    }
    if rejected { throw ExitStatus.inputErrors }
    if looser { throw ExitCode(1) }
  }
}
