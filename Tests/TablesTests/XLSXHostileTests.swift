import Foundation
import Tables
import Testing
import ZIPFoundation

/// Hostile and broken workbooks (Tests/Corpus/tables, README.md there):
/// each gives a clear problem, bounded memory and no hang.
@Suite(.timeLimit(.minutes(2))) struct XLSXHostileTests {
  static let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Corpus/tables")

  func read(_ fixture: String, limits: TableLimits = TableLimits()) throws(TableProblem)
    -> [ReadSheet]
  {
    try readAll(Self.corpus.appendingPathComponent(fixture).path, as: "tax.xlsx", limits: limits)
  }

  /// The fixture's open error, as text.
  func refusal(_ fixture: String, limits: TableLimits = TableLimits()) -> String? {
    do {
      _ = try read(fixture, limits: limits)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func aZipBombIsStoppedAtTheLimitWhateverItsHeadersClaim() throws {
    // 64 MB of zeros, headers claiming 1000 bytes; the limit set to 16 MB.
    var limits = TableLimits()
    limits.maxPartBytes = 16 << 20
    let sheets = try read("zip-bomb.xlsx", limits: limits)
    #expect(sheets.map(\.name) == ["Sheet1"])
    #expect(sheets[0].rows.isEmpty)
    #expect(
      sheets[0].problems.map(\.description) == [
        "tax.xlsx:Sheet1: error: the part xl/worksheets/sheet1.xml unpacks to more than 16 MB, far more than a department's data; it is not read (the file may be a zip bomb): check where the file came from"
      ])
  }

  @Test func aZipBombPastTheDefaultLimitIsStopped() throws {
    // 300 MB of zeros as the sheet, made here (too large to keep).
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("bomb.xlsx")
    var builder = WorkbookBuilder(sheets: [.init(name: "Sheet1", rows: "")])
    builder.omitted = ["xl/worksheets/sheet1.xml"]
    try builder.write(to: path) { archive in
      try archive.addEntry(
        with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(300 << 20),
        compressionMethod: .deflate, bufferSize: 1 << 20,
        provider: { _, chunk in Data(count: chunk) })
    }
    let sheets = try readAll(path, as: "tax.xlsx")
    #expect(
      sheets.first?.problems.map(\.description) == [
        "tax.xlsx:Sheet1: error: the part xl/worksheets/sheet1.xml unpacks to more than 256 MB, far more than a department's data; it is not read (the file may be a zip bomb): check where the file came from"
      ])
  }

  @Test func aDoctypeInASheetIsRefusedNamingThePart() throws {
    let sheets = try read("doctype.xlsx")
    #expect(sheets[0].rows.isEmpty)
    // The DOCTYPE starts line 2 of the part.
    #expect(
      sheets[0].problems.map(\.description) == [
        "tax.xlsx:Sheet1: error: xl/worksheets/sheet1.xml:2:1: a DOCTYPE is not allowed in this document (no DTDs or entities are read); remove it; the workbook is damaged or was not saved by a spreadsheet program: open it in Excel or WPS and save it again"
      ])
  }

  @Test func anUndefinedEntityIsAnErrorInItsRowNotText() throws {
    // `&xxe;` is in row 2, on line 5 of the part; row 1 was read before.
    let sheets = try read("entity.xlsx")
    #expect(sheets[0].rows.map(\.cells) == [["code", "tax"]])
    let problem = try #require(sheets[0].problems.first)
    #expect(sheets[0].problems.count == 1)
    #expect(problem.place.description == "tax.xlsx:Sheet1!2")
    #expect(problem.message.hasPrefix("xl/worksheets/sheet1.xml:5:"))
    #expect(problem.message.contains("Entity 'xxe' not defined"))
  }

  @Test func aBillionRowDimensionIsIgnored() throws {
    let sheets = try read("billion-rows-dimension.xlsx")
    #expect(sheets[0].items.count == 2)
    #expect(sheets[0].rows.map(\.cells) == [["code", "tax"], ["91330000X", "310"]])
  }

  @Test func cellsAndRowsPastASheetsBoundsAreProblems() throws {
    let sheets = try read("out-of-range.xlsx")
    let items = sheets[0].items
    #expect(items.count == 3)
    // Row 2 keeps A2; XFE2 is one column past XFD. Row 1 048 577 is one
    // past the last row, on line 6 of the part.
    #expect(sheets[0].rows.map(\.cells) == [["code", "tax"], ["1"]])
    #expect(
      sheets[0].rows[1].problems.map(\.description) == [
        "tax.xlsx:Sheet1!2: error: the cell reference XFE2 is past the last column (XFD) or row (1048576) a sheet has; the cell is not read: the workbook is damaged: open it in Excel or WPS and save it again"
      ])
    #expect(
      sheets[0].problems.map(\.description) == [
        "tax.xlsx:Sheet1: error: row \"1048577\" (xl/worksheets/sheet1.xml line 6) is not a row number from 1 to 1048576, as a sheet has; the row is not read: the workbook is damaged: open it in Excel or WPS and save it again"
      ])
  }

  @Test func malformedXMLGivesTheRowsBeforeItThenItsLine() throws {
    let sheets = try read("malformed.xlsx")
    #expect(sheets[0].rows.map(\.number) == [1, 2])
    let problem = try #require(sheets[0].problems.first)
    // `</x>` closes `<v>` in row 3, on line 6 of the part.
    #expect(problem.place.description == "tax.xlsx:Sheet1!3")
    #expect(problem.message.hasPrefix("xl/worksheets/sheet1.xml:6:"))
    #expect(problem.message.contains("mismatch"))
    #expect(sheets[0].items.last == .problem(problem))
  }

  @Test func aCutOffDeflateStreamIsDamageNotAHang() throws {
    let sheets = try read("cut-stream.xlsx")
    #expect(
      sheets[0].problems.map(\.description) == [
        "tax.xlsx:Sheet1: error: the part xl/worksheets/sheet1.xml is damaged (its compressed data cannot be unpacked, or its checksum does not match); open the workbook in Excel or WPS and save it again, or ask for a new copy"
      ])
  }

  @Test func aZip64SizePastTheFileIsRefused() {
    #expect(
      refusal("zip64-overflow.xlsx")
        == "tax.xlsx: error: the xlsx file is damaged: the data of xl/worksheets/sheet1.xml runs past the end of the file; open it in Excel or WPS and save it again, or ask for a new copy"
    )
  }

  @Test func tooManyPartsAreRefused() {
    // 60 parts, the limit set to 50.
    var limits = TableLimits()
    limits.maxParts = 50
    #expect(
      refusal("many-parts.xlsx", limits: limits)
        == "tax.xlsx: error: the xlsx file holds more than 50 parts; a workbook holds a few dozen: this is not a workbook, or it is damaged"
    )
    #expect(refusal("many-parts.xlsx") == nil)
  }

  @Test func aWorkbookCutOffBeforeItsDirectoryIsRefused() {
    #expect(
      refusal("cut-off.xlsx")
        == "tax.xlsx: error: the xlsx file is incomplete: the zip directory at its end is missing (the file may be cut off); copy the file again or save it again from Excel or WPS"
    )
  }

  @Test func rowsAndCellsWithoutReferencesPastTheBoundsAreProblems() throws {
    // The last row and column; then a cell with no `r` (column 16 385) and
    // a row with no `r` (row 1 048 577, on line 4 of the part: the
    // builder's rows start on line 3).
    let builder = WorkbookBuilder(
      sheets: [
        .init(
          name: "S",
          rows: """
            <row r="1048576"><c r="XFD1048576"><v>1</v></c><c><v>2</v></c></row>
            <row><c r="A1"><v>3</v></c></row>

            """)
      ])
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("tax.xlsx")
    try builder.write(to: path)
    let sheet = try #require(try readAll(path, as: "tax.xlsx").first)
    let row = try #require(sheet.rows.first)
    #expect(sheet.rows.count == 1)
    #expect(row.number == 1_048_576)
    #expect(row.cells.count == 16_384)
    #expect(row.cells.last == "1")
    #expect(
      row.problems.map(\.description) == [
        "tax.xlsx:S!1048576: error: a cell without a reference follows the last column (XFD); the cell is not read: the workbook is damaged: open it in Excel or WPS and save it again"
      ])
    #expect(
      sheet.problems.map(\.description) == [
        "tax.xlsx:S: error: row \"1048577\" (xl/worksheets/sheet1.xml line 4) is not a row number from 1 to 1048576, as a sheet has; the row is not read: the workbook is damaged: open it in Excel or WPS and save it again"
      ])
  }
}
