import ArgumentParser

@main
struct Mujun: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mujun",
    abstract: "Hold industrial land to account: evaluate land records against control indicators.",
    discussion: """
      Reads land records (XML, format urn:mujun:land-records:1), computes each parcel's \
      indicators (investment intensity, plot ratio, building coefficient, tax per mu, …) \
      and checks them against a rule set. The national 2008 control indicators \
      (cn-national-2008) are built in and used unless --rules names another.

      Exit status: 0 the run completed; 2 some input was rejected or could not be read \
      (everything else is still written); 1 an output file could not be written; \
      64 a usage error.
      """,
    subcommands: [
      EvaluateCommand.self, CheckCommand.self, ValidateCommand.self, RulesCommand.self,
      ConditionsCommand.self, SampleCommand.self,
    ]
  )
}
