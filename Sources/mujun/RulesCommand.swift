import ArgumentParser

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "Work with rule sets: validate, show, diff and test them.",
    subcommands: [
      RulesValidateCommand.self, RulesShowCommand.self, RulesDiffCommand.self,
      RulesTestCommand.self,
    ]
  )
}
