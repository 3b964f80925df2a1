import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
      (everything else is still written); 1 an output (a file or standard output) could \
      not be written; 64 a usage error; 128 + N stopped by signal N (130 Ctrl-C, 143 \
      kill), with no output replaced.
      """,
    subcommands: [
      EvaluateCommand.self, CheckCommand.self, ValidateCommand.self, RulesCommand.self,
      ConditionsCommand.self, DataCommand.self, SampleCommand.self,
    ]
  )

  /// Runs the command the arguments name, as ArgumentParser's own `main`
  /// does, with two things added: INT, TERM, HUP and QUIT end the run
  /// cleanly (``Interruption``), and standard output is flushed and checked
  /// before the process exits, so a full disk or a closed pipe is an error
  /// (status 1), not a silent loss.
  static func main() {
    Interruption.watch()
    var status: Int32
    do {
      var command = try parseAsRoot()
      try command.run()
      status = 0
    } catch {
      status = exitCode(for: error).rawValue
      let message = fullMessage(for: error)
      if !message.isEmpty {
        // Help asked for goes to standard output; errors to standard error.
        if status == 0 { print(message) } else { StandardError.write(message) }
      }
    }
    if let problem = StandardOutput.flush() {
      StandardError.write("mujun: error: cannot write to standard output: \(problem)")
      status = 1
    }
    #if canImport(Glibc)
      Glibc.exit(status)
    #elseif canImport(Darwin)
      Darwin.exit(status)
    #endif
  }
}
