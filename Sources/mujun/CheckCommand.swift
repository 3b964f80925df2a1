import ArgumentParser
import Enterprises
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
        mujun check records.xml --parcel 510116-2019-GY-0042 --as-of 2025-03-31 --html card.html

      --html writes that parcel's card as one self-contained page (no network needed; \
      prints on A4): checks against thresholds, the score by item when the rule set scores, \
      the clause table with damages and their basis, and the idle-land state. It needs \
      --parcel; with a scoring rule set the file is read twice, as by mujun evaluate, so \
      that the card has the score and rank. The card is in Chinese when the rule set's locale is zh-CN, else English, \
      unless --lang says; --template-dir and --stamp work as for mujun evaluate. The exit \
      status is the same with or without --html.

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
    help: ArgumentHelp(
      "Show one enterprise's evaluation instead: its land, figures with their sources, score by item, class and rank.",
      discussion:
        "The whole file (and every --data file) is read, since benchmarks and ranks need every firm. Example: --enterprise 91331003MA2XXXXXXL --year 2024 --data tax-2024.xlsx",
      valueName: "code"))
  var enterprise: String?

  @OptionGroup var data: DataOptions

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

  @Option(
    help: ArgumentHelp(
      "The language: zh or en (table default: zh; card default: zh when the rule set's locale is zh-CN, else en).",
      valueName: "lang"))
  var lang: TableLanguage?

  @Option(
    help: ArgumentHelp(
      "Write the parcel's card (needs --parcel) as one self-contained HTML page to this file.",
      discussion: "Example: --html card.html", valueName: "path"))
  var html: String?

  @Option(
    help: ArgumentHelp(
      "A folder of .mustache files, each replacing the built-in template of the same name (for example letterhead.mustache); a template with {{{name}}} or {{&name}} is refused.",
      discussion: "Example: --template-dir bureau-templates", valueName: "dir"))
  var templateDir: String?

  @Flag(help: "Print the time the card was made (UTC) in it; without it the card holds no time.")
  var stamp = false

  func validate() throws {
    if enterprise != nil {
      if parcel != nil || draft {
        throw ValidationError("--enterprise shows one firm; leave out --parcel and --draft")
      }
      if let asOf { _ = try AsOfDate.parse(asOf) }
      if let year, !(1900...2200).contains(year) {
        throw ValidationError("--year \(year) is not a plausible year; give four digits, e.g. 2024")
      }
      if html == nil, templateDir != nil || stamp {
        throw ValidationError("--template-dir and --stamp shape the HTML sheet; add --html PATH")
      }
      var plan = OutputPlan()
      plan.read("the land-record file", file)
      for path in ruleSet.rules { plan.read("the rule file", path) }
      for path in data.files { plan.read("the data file", path) }
      for path in data.corrections { plan.read("the corrections file", path) }
      plan.read("the template folder", templateDir)
      plan.write("--html", html)
      if let problem = plan.problems().first { throw ValidationError(problem) }
      return
    }
    if !data.files.isEmpty || !data.corrections.isEmpty {
      throw ValidationError("--data and --corrections go with --enterprise CODE")
    }
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
    if let html {
      if draft {
        throw ValidationError("--html writes a parcel's card as of a date; --draft has none")
      }
      if parcel == nil {
        throw ValidationError(
          "--html writes one parcel's card; say which with --parcel ID (mujun check \(file) --as-of DATE lists them all)"
        )
      }
      var plan = OutputPlan()
      plan.read("the land-record file", file)
      for path in ruleSet.rules { plan.read("the rule file", path) }
      plan.read("the template folder", templateDir)
      plan.write("--html", html)
      if let problem = plan.problems().first { throw ValidationError(problem) }
    } else if templateDir != nil || stamp {
      throw ValidationError("--template-dir and --stamp shape the HTML card; add --html PATH")
    }
  }

  func run() throws {
    if let enterprise {
      try checkEnterprise(enterprise)
      return
    }
    let rules = try ruleSet.load(year: year)
    let reader = try RecordFile.open(file)
    guard let asOf, !draft else {
      try checkDraft(reader, rules: rules)
      return
    }
    let date = try AsOfDate.parse(asOf)
    let templates = try loadTemplates()
    let batch = BatchEvaluator(evaluator: Evaluator(ruleSet: rules, year: year, asOf: date))
    var found = false
    var rejected = false
    var broken = false
    var card: Verdict?
    let emit = { (verdict: Verdict) in
      if let parcel, verdict.parcel != parcel { return }
      for error in verdict.errors { StandardError.write(error.description) }
      if json {
        print(VerdictJSON.line(verdict), terminator: "")
      } else {
        print(
          (found ? "\n" : "") + ClauseTable.render(verdict, language: lang ?? .zh), terminator: "")
      }
      if templates != nil, card == nil { card = verdict }
      found = true
      if verdict.status == .rejected { rejected = true }
      if let review = verdict.contract, !review.holds { broken = true }
    }
    // The card shows the score by item: a scoring rule set needs every
    // parcel's figures first, so the file is read twice (only with --html).
    let outcome =
      html == nil
      ? batch.run(reader, emit: emit)
      : batch.run(
        reader, reopen: { Result { () throws(Diagnostic) in try XMLRecordReader(path: file) } },
        emit: emit)
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
    if let card, let templates, let html {
      try write(card, rules: rules, with: templates, to: html)
    }
    if rejected { throw ExitStatus.inputErrors }
    if broken { throw ExitCode(1) }
  }

  /// The templates, when a card is asked for; exits with status 64 when
  /// the template folder cannot be read or holds a broken template.
  func loadTemplates() throws -> HTMLTemplates? {
    guard html != nil else { return nil }
    do {
      return try HTMLTemplates(overridingFrom: templateDir)
    } catch {
      StandardError.write(error.description)
      throw ExitCode(64)
    }
  }

  /// The card of `verdict`, written once the parcel is found (so no empty
  /// file is left when it is not); a file that cannot be written or a
  /// template that renders nothing ends the run with status 1.
  func write(_ verdict: Verdict, rules: RuleSet, with templates: HTMLTemplates, to path: String)
    throws
  {
    let card = ParcelCard(
      verdict: verdict, ruleSet: rules, language: htmlLanguage,
      stamp: stamp ? EvaluateCommand.now() : nil)
    do {
      let page = try card.render(with: templates)
      let output = try OutputFile(path: path)
      output.write(page)
      try output.close()
    } catch {
      StandardError.write(String(describing: error))
      throw ExitCode.failure
    }
  }

  /// `--lang` for a page; nil: the rule set's locale decides.
  var htmlLanguage: HTMLLanguage? {
    switch lang {
    case .zh?: .zh
    case .en?: .en
    case nil: nil
    }
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

  /// `--enterprise CODE`: the whole run's enterprises worked out, one shown.
  /// Exit status 0 when the firm is found and carries no error, 2 when it
  /// is not found or has errors (its figures are then incomplete).
  func checkEnterprise(_ written: String) throws {
    let templates = try loadTemplates()
    guard let firms = try EnterpriseRun(data: data, year: year, always: true) else { return }
    let rules = try ruleSet.load(year: firms.year)
    var evaluator = Evaluator(
      ruleSet: rules, year: firms.year, asOf: try asOf.map(AsOfDate.parse))
    evaluator.enterprises = firms.enterpriseYear(rules)
    let outcome = BatchEvaluator(evaluator: evaluator).run(try RecordFile.open(file)) {
      firms.add($0)
    }
    if let fatal = outcome.fatal {
      StandardError.write(fatal.description)
      throw ExitStatus.inputErrors
    }
    let code = CreditCode.normalised(written)
    let (verdicts, _) = try firms.evaluate(evaluator: evaluator)
    guard let verdict = verdicts.first(where: { $0.enterprise.code == code }) else {
      StandardError.write(
        "mujun: no enterprise with credit code \(code) in \(file) or the data files for \(firms.year); check the code (mujun evaluate \(file) --year \(firms.year) --enterprises - lists them)"
      )
      throw ExitStatus.inputErrors
    }
    if json {
      print(EnterpriseJSON.line(verdict, ruleSet: rules.identity), terminator: "")
    } else {
      print(EnterpriseText.render(verdict, language: lang ?? .zh), terminator: "")
    }
    if let html, let templates {
      let sheet = EnterpriseSheet(
        verdict: verdict, ruleSet: rules, language: htmlLanguage,
        stamp: stamp ? EvaluateCommand.now() : nil)
      do {
        let page = try sheet.render(with: templates)
        let output = try OutputFile(path: html)
        output.write(page)
        try output.close()
      } catch {
        StandardError.write(String(describing: error))
        throw ExitCode.failure
      }
    }
    if !verdict.enterprise.errors.isEmpty { throw ExitStatus.inputErrors }
  }
}
