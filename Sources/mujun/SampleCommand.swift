import ArgumentParser
import Reports
import SampleData

struct SampleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sample",
    abstract: "Write synthetic land records (format v1) for demos, tests and benchmarks.",
    discussion: """
      Chengdu's districts, a realistic sector mix, log-normal money figures, three \
      performance years, buildings with and without tall halls, contracts with some broken \
      clauses and some idle land. The same seed gives the same bytes.

      Examples:
        mujun sample --parcels 1000 --out demo.xml
        mujun sample --parcels 1000000 --seed 42 --broken-share 0.01 --out province.xml
      """
  )

  @Option(help: ArgumentHelp("How many parcels to write.", valueName: "n"))
  var parcels: Int

  @Option(help: ArgumentHelp("The random seed (default 1).", valueName: "s"))
  var seed: UInt64 = 1

  @Option(
    name: .customLong("broken-share"),
    help: ArgumentHelp(
      "The share of records (0 to 1) given one defect that gets them rejected.",
      discussion: "Example: --broken-share 0.01", valueName: "share"))
  var brokenShare: Double = 0

  @Option(help: ArgumentHelp("Where to write ('-' or absent: standard output).", valueName: "path"))
  var out: String = "-"

  func validate() throws {
    guard parcels >= 0 else { throw ValidationError("--parcels must be 0 or more") }
    guard (0...1).contains(brokenShare) else {
      throw ValidationError("--broken-share must be between 0 and 1, e.g. 0.01")
    }
    var plan = OutputPlan()
    plan.write("--out", out)
    if let problem = plan.problems().first { throw ValidationError(problem) }
  }

  func run() throws {
    let generator = SampleGenerator(parcels: parcels, seed: seed, brokenShare: brokenShare)
    do throws(OutputError) {
      let file = try OutputFile(path: out)
      file.write(generator.header())
      for index in 0..<parcels {
        file.write(generator.record(index))
        // A full disk stops the run when it happens, not at the end.
        if let failure = file.failure { throw failure }
      }
      file.write(generator.footer())
      try file.close()
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
  }
}
