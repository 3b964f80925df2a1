import ArgumentParser

struct DataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "data",
    abstract: "Look at the departments' data files before a run.",
    subcommands: [DataCheckCommand.self]
  )
}
