import Foundation
import Tables

/// Files written for one test, in a folder of their own under the system's
/// temporary folder.
struct Scratch {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("mujun-tables-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  /// Writes `bytes` to `name` in the folder; its path.
  func write(_ bytes: [UInt8], named name: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// A sheet's name and everything it handed out.
struct ReadSheet {
  var name: String?
  var encoding: TableEncoding?
  var items: [TableItem]

  var rows: [TableRow] {
    items.compactMap { if case .row(let row) = $0 { row } else { nil } }
  }

  var problems: [TableProblem] {
    items.compactMap { if case .problem(let problem) = $0 { problem } else { nil } }
  }
}

/// Opens `path` and reads every sheet to its end.
func readAll(
  _ path: String, as name: String, encoding: TableEncoding = .automatic,
  limits: TableLimits = TableLimits()
) throws(TableProblem) -> [ReadSheet] {
  let file = try TableFile.open(path: path, displayName: name, encoding: encoding, limits: limits)
  return file.map { sheet in
    ReadSheet(name: sheet.name, encoding: sheet.encoding, items: Array(sheet))
  }
}

/// Writes `bytes` as a CSV file and reads its one sheet.
func readCSV(
  _ bytes: [UInt8], encoding: TableEncoding = .automatic, limits: TableLimits = TableLimits()
) throws -> ReadSheet {
  let scratch = try Scratch()
  defer { scratch.remove() }
  let path = try scratch.write(bytes, named: "data.csv")
  let sheets = try readAll(path, as: "tax.csv", encoding: encoding, limits: limits)
  guard sheets.count == 1, let sheet = sheets.first else {
    throw TestFailure("a CSV file gave \(sheets.count) sheets")
  }
  return sheet
}

struct TestFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
