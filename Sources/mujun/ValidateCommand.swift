import ArgumentParser
import Evaluation
import XMLStream

struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check land-record files against the format (XSD) and its rules, without evaluating.",
    discussion: """
      Reports each problem as file:line:column: error: … with what was expected: \
      schema violations, duplicate parcel ids, non-positive areas, unknown units and \
      vocabularies, dates that do not parse. Exit status 0 when every file is valid, 2 otherwise.

      Example:
        mujun validate SampleParcels/chengdu-2024.xml
      """
  )

  @Argument(help: ArgumentHelp("The land-record files (XML).", valueName: "file"))
  var files: [String]

  func run() throws {
    let validator: RecordFileValidator
    do {
      validator = try RecordFileValidator.bundled()
    } catch {
      StandardError.write(error.description)
      throw ExitCode.failure
    }
    var invalid = 0
    for file in files {
      let report = validator.validate(path: file)
      for diagnostic in report.diagnostics { print(diagnostic.description) }
      if report.diagnostics.isEmpty {
        print("\(file): valid (\(report.parcels) parcels)")
      } else {
        invalid += 1
        let count = report.diagnostics.count
        print(
          "\(file): \(count) \(count == 1 ? "problem" : "problems") in \(report.parcels) parcels")
      }
    }
    if invalid > 0 { throw ExitStatus.inputErrors }
  }
}
