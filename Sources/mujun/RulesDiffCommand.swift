import ArgumentParser
import Reports
import Rules
import XMLStream

struct RulesDiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what changed between two rule sets, row by row.",
    discussion: """
      Compares every threshold row of OLD and NEW (inherited rows included), matched by \
      indicator, sector, district and zone: added, removed, tightened (a minimum raised or \
      added, a maximum lowered or added), loosened (the reverse), mixed (one side each way) \
      or reworded (same bounds; unit, period or source changed). Grouped by indicator, \
      sorted by sector. Then the scoring changes: schemes, items, weights, benchmarks, \
      classes, surcharges. --html writes the same as one self-contained page.

      Exit status 0 (changes or not); 2 when a rule set cannot be loaded.

      Examples:
        mujun rules diff Rules/cn-national-2008.xml Rules/chengdu-example.xml
        mujun rules diff chengdu-2022.xml chengdu-2024.xml --html changes.html
      """
  )

  @Argument(help: ArgumentHelp("The old rule set (XML).", valueName: "old"))
  var old: String

  @Argument(help: ArgumentHelp("The new rule set (XML).", valueName: "new"))
  var new: String

  @Option(
    help: ArgumentHelp(
      "Also write the changes as one self-contained HTML page to this file.",
      discussion: "Example: --html changes.html", valueName: "path"))
  var html: String?

  func validate() throws {
    var plan = OutputPlan()
    plan.read("the old rule set", old)
    plan.read("the new rule set", new)
    plan.write("--html", html)
    if let problem = plan.problems().first { throw ValidationError(problem) }
  }

  func run() throws {
    let diff = RuleSetDiff(old: try Self.load(old), new: try Self.load(new))
    print(RuleSetDiffTable.render(diff), terminator: "")
    guard let html else { return }
    do {
      let page = try RuleSetDiffPage.render(diff, with: HTMLTemplates())
      let file = try OutputFile(path: html)
      file.write(page)
      try file.close()
    } catch {
      StandardError.write("\(error)")
      throw ExitCode.failure
    }
  }

  static func load(_ path: String) throws -> RuleSet {
    switch RuleSetLoader().load(path: path) {
    case .success(let ruleSet): return ruleSet
    case .failure(let errors):
      for diagnostic in errors.diagnostics { StandardError.write(diagnostic.description) }
      StandardError.write("mujun: \(path) cannot be loaded; run mujun rules validate on it")
      throw ExitStatus.inputErrors
    }
  }
}
