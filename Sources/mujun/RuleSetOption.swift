import ArgumentParser
import Rules
import XMLStream

/// `--rules PATH`, shared by the commands that apply a rule set.
struct RuleSetOption: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The rule set to apply (an XML file in the urn:mujun:rules:1 format).",
      discussion:
        "Without it the built-in national set cn-national-2008 is used. Example: --rules Rules/cn-national-2008.xml",
      valueName: "path"))
  var rules: String?

  /// Loads the rule set, or prints why it cannot and exits with status 2.
  func load() throws -> RuleSet {
    let result =
      if let rules { RuleSetLoader().load(path: rules) } else {
        RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID)
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
