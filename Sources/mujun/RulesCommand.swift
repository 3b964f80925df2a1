import ArgumentParser
import Rules
import XMLStream

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "Work with rule sets.",
    subcommands: [RulesValidateCommand.self]
  )
}

struct RulesValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check rule-set files: schema, indicators, units, bounds, base rule sets.",
    discussion: """
      Reports each problem as file:line:column: error: …: a schema violation, an unknown \
      indicator or unit, min above max, a row with no bound, a duplicate row, a base rule \
      set that cannot be found. Exit status 0 when every rule set is valid, 2 otherwise.

      Example:
        mujun rules validate Rules/cn-national-2008.xml
      """
  )

  @Argument(help: ArgumentHelp("The rule-set files (XML).", valueName: "path"))
  var paths: [String]

  func run() throws {
    var invalid = 0
    let loader = RuleSetLoader()
    for path in paths {
      let problems = loader.validate(path: path)
      if problems.isEmpty, case .success(let ruleSet) = loader.load(path: path) {
        var line =
          "\(path): valid: \(ruleSet.identity.id) \(ruleSet.identity.version), \(ruleSet.rows.count) threshold rows"
        if let scoring = ruleSet.scoring {
          let items = scoring.schemes.reduce(0) { $0 + $1.items.count }
          line += ", scoring: \(scoring.schemes.count) schemes, \(items) items"
        }
        if let base = ruleSet.identity.base { line += ", extends \(base.id) \(base.version)" }
        print(line)
      } else {
        invalid += 1
        for diagnostic in problems { print(diagnostic.description) }
        let count = problems.count
        print("\(path): \(count) \(count == 1 ? "problem" : "problems")")
      }
    }
    if invalid > 0 { throw ExitStatus.inputErrors }
  }
}
