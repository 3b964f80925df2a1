import ArgumentParser
import Land
import Rules
import XMLStream

/// `--rules PATH` (repeatable; a folder gives its rule files) and
/// `--date DATE`, shared by the commands that apply a rule set.
struct RuleSetOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The rule set to apply (an XML file in the urn:mujun:rules:1 format, or a folder of them).",
      discussion:
        "Without it the built-in national set cn-national-2008 is used. Give it several times, or a folder, for several versions of one rule set: the one in force on the evaluation date is used. Example: --rules Rules/cn-national-2008.xml",
      valueName: "path"))
  var rules: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The evaluation date (YYYY-MM-DD) whose rules apply (default: 31 December of --year, else the newest).",
      discussion: "Example: --date 2022-12-31", valueName: "date"))
  var date: String?

  func validate() throws {
    if let date, CivilDate(date) == nil {
      throw ValidationError(
        "--date \(date) is not a date; give it as YYYY-MM-DD, e.g. --date 2022-12-31")
    }
  }

  /// The day whose rules apply: `--date`, else 31 December of `year`.
  func evaluationDate(year: Int?) -> String? {
    date ?? year.map { "\($0)-12-31" }
  }

  /// Loads the rule set in force on the evaluation date, or prints why it
  /// cannot and exits with status 2.
  func load(year: Int? = nil) throws -> RuleSet {
    let day = evaluationDate(year: year)
    let result: Result<RuleSet, RuleSetErrors>
    if rules.isEmpty {
      result = RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).map { ruleSet in
        day.map(ruleSet.inForce(on:)) ?? ruleSet
      }
    } else {
      do {
        result = RuleSetCatalog.load(paths: try RuleFiles.expand(rules)).flatMap {
          $0.choose(on: day)
        }
      } catch {
        StandardError.write(error.description)
        StandardError.write("mujun: the rule set cannot be used; fix it and run again")
        throw ExitStatus.inputErrors
      }
    }
    switch result {
    case .success(let ruleSet): return ruleSet
    case .failure(let errors):
      for diagnostic in errors.diagnostics { StandardError.write(diagnostic.description) }
      StandardError.write("mujun: the rule set cannot be used; fix it and run again")
      throw ExitStatus.inputErrors
    }
  }
}
