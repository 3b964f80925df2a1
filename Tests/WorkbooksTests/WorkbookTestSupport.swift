import Foundation
import Tables
import Testing
import Workbooks
import ZIPFoundation

/// A fresh folder for one test's files.
func workbookFolder() throws -> String {
  let path = NSTemporaryDirectory() + "mujun-workbook-" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// 2025-03-31 08:00:00 UTC: the fixed creation time of the tests' workbooks.
func testCreated() throws -> WorkbookDate {
  try #require(WorkbookDate(year: 2025, month: 3, day: 31, hour: 8))
}

/// A workbook of these sheets, made at ``testCreated()``.
func testWorkbook(_ sheets: [WorksheetDocument]) throws -> WorkbookDocument {
  WorkbookDocument(
    sheets: sheets,
    properties: WorkbookProperties(
      title: "亩均效益综合评价结果", author: "黄岩区经信局", company: "黄岩区人民政府",
      created: try testCreated()))
}

/// One sheet read back with Tables: its name and its rows by number.
struct ReadSheet {
  var name: String
  var rows: [Int: TableRow]

  /// The text of a cell, "" when the row or the cell is absent.
  func cell(row: Int, column: Int) -> String {
    rows[row]?.cell(column: column) ?? ""
  }
}

/// Every sheet of the workbook at `path`, read with Tables; a problem is
/// recorded as a test issue.
func readBack(_ path: String) throws -> [ReadSheet] {
  var sheets: [ReadSheet] = []
  for sheet in try TableFile.open(path: path) {
    var rows: [Int: TableRow] = [:]
    for item in sheet {
      switch item {
      case .row(let row):
        for problem in row.problems { Issue.record("\(problem)") }
        rows[row.number] = row
      case .problem(let problem):
        Issue.record("\(problem)")
      }
    }
    sheets.append(ReadSheet(name: sheet.name ?? "", rows: rows))
  }
  return sheets
}

/// The text of one part of the xlsx package at `path` (`xl/worksheets/sheet1.xml`).
func part(_ name: String, of path: String) throws -> String {
  let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
  let entry = try #require(archive[name])
  var data = Data()
  _ = try archive.extract(entry) { data.append($0) }
  return String(decoding: data, as: UTF8.self)
}

func fileNames(in folder: String) throws -> [String] {
  try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
}
