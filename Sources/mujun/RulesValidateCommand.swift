import ArgumentParser
import Rules
import XMLStream

struct RulesValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check rule-set files: schema, rows, the legal floor, periods of versions.",
    discussion: """
      Reports each problem as file:line:column: error: … or warning: …: a schema violation, \
      an unknown indicator or unit, min above max, a row with no bound, a duplicate or \
      ambiguous row (same key, overlapping periods), a base rule set that cannot be found; \
      a bound looser than the base's for the same parcels (the legal floor: both rows are \
      named), a share above 1; rows that never apply, a unit other than the base row's. \
      Versions of one rule set given together must not overlap in time (an error) and \
      should leave no gap (a warning). A folder stands for the .xml files in it.

      Exit status 0 when there are no errors (warnings allowed), 1 otherwise.

      Example:
        mujun rules validate Rules/cn-national-2008.xml
        mujun rules validate rules/chengdu-2022.xml rules/chengdu-2024.xml
      """
  )

  @Argument(help: ArgumentHelp("The rule-set files (XML) or folders.", valueName: "path"))
  var paths: [String]

  func run() throws {
    var errors = 0
    let loader = RuleSetLoader()
    var loaded: [RuleSetCatalog.Version] = []
    let files: [String]
    do {
      files = try RuleFiles.expand(paths)
    } catch {
      print(error.description)
      throw ExitCode.failure
    }
    for path in files {
      let problems = loader.validate(path: path)
      guard problems.isEmpty, case .success(let ruleSet) = loader.load(path: path) else {
        errors += 1
        for diagnostic in problems { print(diagnostic.description) }
        let count = problems.count
        print("\(path): \(count) \(count == 1 ? "problem" : "problems")")
        continue
      }
      loaded.append(RuleSetCatalog.Version(path: path, ruleSet: ruleSet))
      let findings = RuleSetLint.check(ruleSet, path: path)
      for diagnostic in findings { print(diagnostic.description) }
      let failed = findings.filter { $0.severity == .error }.count
      if failed > 0 {
        errors += 1
        print("\(path): \(findings.count) \(findings.count == 1 ? "problem" : "problems")")
        continue
      }
      print(Self.summary(ruleSet, path: path, warnings: findings.count))
    }
    let versions = RuleSetLint.checkVersions(loaded)
    for diagnostic in versions { print(diagnostic.description) }
    if versions.contains(where: { $0.severity == .error }) { errors += 1 }
    if errors > 0 { throw ExitCode.failure }
  }

  static func summary(_ ruleSet: RuleSet, path: String, warnings: Int) -> String {
    var line =
      "\(path): valid: \(ruleSet.identity.id) \(ruleSet.identity.version), \(ruleSet.allRows.count) threshold rows"
    let custom = ruleSet.expressions
    if !custom.isEmpty {
      line +=
        ", \(custom.indicators.count) custom \(custom.indicators.count == 1 ? "indicator" : "indicators")"
        + " with \(custom.rows.count) \(custom.rows.count == 1 ? "row" : "rows")"
    }
    if let scoring = ruleSet.scoring {
      let items = scoring.schemes.reduce(0) { $0 + $1.items.count }
      line +=
        ", scoring \(scoring.unit == .enterprise ? "enterprises" : "parcels"): \(scoring.schemes.count) schemes, \(items) items"
    }
    if let base = ruleSet.identity.base { line += ", extends \(base.id) \(base.version)" }
    if warnings > 0 { line += ", \(warnings) \(warnings == 1 ? "warning" : "warnings")" }
    return line
  }
}
