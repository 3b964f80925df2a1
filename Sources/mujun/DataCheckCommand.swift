import ArgumentParser
import Enterprises
import Reports
import Tables

struct DataCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Read department data files as a run would, and say what was understood.",
    discussion: """
      For each file: the encoding (CSV), each sheet's header row and what each column was \
      read as (field and unit, or ignored), and how many rows were read. Then every \
      problem, as file:row:column (CSV) or file:Sheet!B17 (xlsx): cells that are not \
      numbers, credit codes that fail their check character, duplicate rows, figures that \
      two files give differently. Nothing is written.

      Exit status 0 when the files have no errors (warnings allowed), 2 when they have.

      Examples:
        mujun data check tax-2024.xlsx power-2024.csv
        mujun data check stats.csv --year 2024 --data-encoding gbk
      """
  )

  @Argument(help: ArgumentHelp("The data files (CSV or .xlsx).", valueName: "file"))
  var files: [String]

  @Option(
    help: ArgumentHelp(
      "The year of rows in files without a year column.", discussion: "Example: --year 2024",
      valueName: "year"))
  var year: Int?

  @Option(
    name: .customLong("data-encoding"),
    help: ArgumentHelp(
      "The encoding of CSV files: auto (default), utf-8, gbk, gb18030, utf-16le, utf-16be.",
      valueName: "name"))
  var encodingName: String?

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one data file") }
    if let encodingName, TableEncoding(name: encodingName) == nil {
      throw ValidationError(
        "--data-encoding \(encodingName) is not an encoding mujun reads; give auto, utf-8, gbk, gb18030, utf-16le or utf-16be"
      )
    }
  }

  func run() throws {
    let encoding = encodingName.flatMap(TableEncoding.init(name:)) ?? .automatic
    let read = files.map {
      DepartmentFile.read(path: $0, encoding: encoding, defaultYear: year)
    }
    for file in read {
      print(file.displayName + (file.encoding.map { " (\($0))" } ?? "") + ":")
      if file.sheets.isEmpty { print("  nothing could be read") }
      for sheet in file.sheets { describe(sheet) }
    }
    let data = DepartmentMerge.merge(read.map(\.rows))
    let problems = read.flatMap(\.problems) + data.problems
    for problem in problems { print(problem.description) }
    var years: [Int: Int] = [:]
    for key in data.firms.keys { years[key.year, default: 0] += 1 }
    let errors = problems.count { $0.severity == .error }
    print(
      "\(data.firms.count) enterprises and years ("
        + years.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        .joined(separator: ", ") + "); \(errors) errors, \(problems.count - errors) warnings")
    if errors > 0 { throw ExitStatus.inputErrors }
  }

  func describe(_ sheet: DepartmentFile.Sheet) {
    let name = sheet.name.map { "sheet \($0)" } ?? "the file"
    guard let header = sheet.header else {
      print("  \(name): no header row naming a credit code column; not read")
      return
    }
    let at = header.place.sheet == nil ? "line \(header.place.row)" : "row \(header.place.row)"
    print("  \(name): header at \(at), \(sheet.rows) rows read")
    for column in header.columns {
      let letter = CellPlace.columnLetters(column.index + 1)
      let what: String
      switch column.use {
      case .read:
        let unit = column.unit.map { unit in
          column.factor.map { $0 == 1 ? " (\(unit))" : " (\(unit) × \(JSONWriter.format($0)))" }
            ?? " (\(unit))"
        }
        what = (column.field?.rawValue ?? "?") + (unit ?? "")
      case .ignored: what = "ignored"
      case .rejected(let problem), .skipped(let problem): what = "not read: \(problem.message)"
      }
      print("    \(letter) \(column.header.isEmpty ? "(empty)" : column.header) → \(what)")
    }
  }
}
