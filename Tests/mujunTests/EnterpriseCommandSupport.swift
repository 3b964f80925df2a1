import Foundation
import Tables
import Testing

/// The small county of `Tests/Corpus/enterprises` (its README.md works
/// every expected value out by hand) and what the enterprise command-line
/// tests share: the firms' codes, one `--enterprises` line decoded, the
/// `sqlite3` tool and the publication workbook read back.
enum County {
  static let folder = "Tests/Corpus/enterprises"
  static let records = folder + "/county.xml"
  static let rules = folder + "/rules.xml"
  static let historyRules = folder + "/history-rules.xml"
  static let data = folder + "/data-2024.csv"
  static let energy = folder + "/energy-2024.xlsx"
  static let corrections = folder + "/corrections-2024.csv"

  /// 甲, holds EP-01 and lets it to 租 and 乙.
  static let a1 = "91331003MA2E10017X"
  /// 乙, holds EP-02 and rents 1.5 mu of EP-01.
  static let a2 = "91331003MA2E10025Q"
  static let a3 = "91331003MA2E10033K"
  static let a4 = "91331003MA2E10041E"
  static let a5 = "91331003MA2E1005X6"
  /// 己, exempt by its credit code (保护期).
  static let exempt = "91331003MA2E100686"
  /// 庚, a major environmental violation on EP-07 in 2024.
  static let vetoed = "91331003MA2E100761"
  static let b1 = "91331003MA2E10084U"
  static let b2 = "91331003MA2E10092N"
  /// 癸, below size on 2 mu.
  static let small = "91331003MA2E10105C"
  /// 数, only in the data file.
  static let dataOnly = "91331003MA2E101212"
  /// 租, rents floor area on EP-01 and holds nothing.
  static let tenant = "92331003MA2E101134"

  /// Every firm of 2024, in credit-code order (the README's table).
  static let all2024 = [
    a1, a2, a3, a4, a5, exempt, vetoed, b1, b2, small, dataOnly, tenant,
  ]

  /// `mujun evaluate` of the county for 2024 under `rules.xml` with the
  /// data file, and `extra` arguments.
  static func evaluate2024(_ extra: [String]) throws -> RunResult {
    try mujun(
      ["evaluate", records, "--year", "2024", "--rules", rules, "--data", data] + extra)
  }

  /// The lines of an `--enterprises` file.
  static func lines(_ path: String) throws -> [EnterpriseLine] {
    try lines(text: String(contentsOfFile: path, encoding: .utf8))
  }

  static func lines(text: String) throws -> [EnterpriseLine] {
    try text.split(separator: "\n").map {
      try JSONDecoder().decode(EnterpriseLine.self, from: Data($0.utf8))
    }
  }

  /// The lines by credit code.
  static func byCode(_ lines: [EnterpriseLine]) -> [String: EnterpriseLine] {
    Dictionary(lines.map { ($0.enterprise, $0) }, uniquingKeysWith: { first, _ in first })
  }
}

/// One line of `--enterprises` (records.md 1.1, "Enterprise verdicts out";
/// docs/enterprises.md for the keys after `errors`).
struct EnterpriseLine: Decodable {
  struct Land: Decodable, Equatable {
    var parcel: String
    var mu: Double
    var `as`: String
  }
  struct Figure: Decodable {
    var value: Double
    var source: String
  }
  struct Issue: Decodable {
    var source: String?
    var message: String
  }
  struct Correction: Decodable {
    var field: String
    var old: Double?
    var new: Double?
    var reason: String
    var document: String
    var source: String
  }
  struct Item: Decodable {
    var indicator: String
    var value: Double?
    var benchmark: Double?
    var score: Double
  }
  struct Adjustment: Decodable {
    var points: Double
    var reason: String
  }
  struct Scoring: Decodable {
    var scheme: String?
    var veto: String?
    var exemption: String?
    var items: [Item]
    var adjustments: [Adjustment]?
  }
  struct Surcharge: Decodable {
    var perKWh: Double
    var kWh: Double?
    var amount: Double?
  }
  struct Consequence: Decodable {
    var surcharge: Surcharge
  }

  var enterprise: String
  var name: String?
  var year: Int
  var track: String
  var land: [Land]
  var areaMu: Double
  var figures: [String: Figure]
  var indicators: [String: Double?]
  var score: Double?
  var `class`: String?
  var rank: Int?
  var of: Int?
  var exemption: String?
  var notes: [String]
  var errors: [Issue]
  var scale: String?
  var sector: String?
  var district: String?
  var completed: String?
  var corrections: [Correction]?
  var scoring: Scoring?
  var consequence: Consequence?
}

/// Equal within one part in 10^9 of the larger (Rules/README.md: the
/// tolerance of bounds); the JSON gives scores to 4 decimals, so those are
/// compared with ``closeTo4(_:_:)``.
func isClose(_ found: Double?, _ expected: Double) -> Bool {
  guard let found else { return false }
  return abs(found - expected) <= 1e-9 * max(1, abs(found), abs(expected))
}

/// `found`, written to 4 decimals, is `expected` rounded to 4 decimals.
func closeTo4(_ found: Double?, _ expected: Double) -> Bool {
  guard let found else { return false }
  return abs(found - expected) <= 0.00005 + 1e-9
}

/// Runs the `sqlite3` tool on `path` (CI installs it; docs/history.md
/// reads the history with it) and returns its standard output; a failure
/// is recorded as an issue.
func sqlite3(_ path: String, _ sql: String) throws -> String {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["sqlite3", path, sql]
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let errors = PipeReader(err.fileHandleForReading)
  let output = out.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  let message = String(decoding: errors.wait(), as: UTF8.self)
  #expect(process.terminationStatus == 0, "sqlite3 \(path) '\(sql)': \(message)")
  return String(decoding: output, as: UTF8.self)
}

/// A workbook's sheets in order, each with its rows' cells by row number.
func workbookSheets(_ path: String) throws -> [(name: String, rows: [Int: [String]])] {
  var file = try TableFile.open(path: path)
  var sheets: [(name: String, rows: [Int: [String]])] = []
  while let sheet = file.next() {
    var rows: [Int: [String]] = [:]
    for item in sheet {
      switch item {
      case .row(let row):
        #expect(row.problems.isEmpty, "\(row.problems)")
        rows[row.number] = row.cells
      case .problem(let problem):
        Issue.record("\(problem)")
      }
    }
    sheets.append((sheet.name ?? "", rows))
  }
  return sheets
}
