import Foundation
import Testing

@testable import Workbooks

/// What a workbook cannot hold, and files that cannot be written, are
/// errors that name the place; nothing crashes, and nothing half-made is
/// left behind.
@Suite struct WorkbookErrorTests {
  func sheet(_ rows: [[WorksheetCell]], titles: [String] = []) -> WorksheetDocument {
    WorksheetDocument(
      name: "规上", titles: titles,
      columns: [WorksheetColumn("企业名称"), WorksheetColumn("得分", format: .decimals(2))], rows: rows)
  }

  /// The error writing `document` gives; nil when it is written.
  func failure(_ document: WorkbookDocument, to path: String, displayName: String? = nil)
    -> WorkbookError?
  {
    do {
      _ = try document.write(to: path, displayName: displayName)
      return nil
    } catch {
      return error
    }
  }

  @Test func aMissingFolderIsAnErrorWithThePath() throws {
    let document = try testWorkbook([sheet([[.text("甲"), .number(1)]])])
    let error = try #require(failure(document, to: "/nonexistent/mujun/lists.xlsx"))
    #expect(error.path == "/nonexistent/mujun/lists.xlsx")
    #expect(
      error.description
        == "/nonexistent/mujun/lists.xlsx: error: cannot write the workbook: No such file or directory"
    )
  }

  @Test func aFolderIsAnError() throws {
    let document = try testWorkbook([sheet([])])
    let error = try #require(failure(document, to: try workbookFolder(), displayName: "lists.xlsx"))
    #expect(error.description == "lists.xlsx: error: cannot write the workbook: Is a directory")
  }

  /// A full disk (`/dev/full` fails every write with ENOSPC) is an error
  /// with the system's reason first, then libxlsxwriter's (its text for
  /// LXW_ERROR_ZIP_FILE_OPERATION), never a crash.
  @Test func aFullDiskIsAnError() throws {
    let document = try testWorkbook([sheet([[.text("甲"), .number(1)]])])
    let error = try #require(failure(document, to: "/dev/full"))
    #expect(error.path == "/dev/full")
    #expect(
      error.description
        == "/dev/full: error: cannot write the workbook: No space left on device (libxlsxwriter: Zip generic error ZIP_ERRNO while creating the xlsx file.)"
    )
  }

  /// Non-finite numbers are refused, naming the cell: the sheet's second
  /// row of cells is sheet row 4 (a title and the header above), column B.
  @Test(arguments: [(Double.nan, "nan"), (Double.infinity, "inf"), (-Double.infinity, "-inf")])
  func nonFiniteNumbersAreRefused(value: Double, shown: String) throws {
    let folder = try workbookFolder()
    let document = try testWorkbook([
      sheet([[.text("甲"), .number(1)], [.text("乙"), .number(value)]], titles: ["标题"])
    ])
    let error = try #require(
      failure(document, to: folder + "/lists.xlsx", displayName: "lists.xlsx"))
    #expect(
      error.description
        == "lists.xlsx:规上!B4: error: the number \(shown) is not finite; a spreadsheet cell holds only finite numbers: leave the cell empty"
    )
    // Checked before the file is made: nothing is written.
    #expect(try fileNames(in: folder) == [])
  }

  /// 2^53 + 1 is not held exactly by a double; 2^53 is.
  @Test func integersBeyond2To53AreRefused() throws {
    let exact = try testWorkbook([sheet([[.integer(9_007_199_254_740_992)]])])
    #expect(failure(exact, to: try workbookFolder() + "/a.xlsx") == nil)
    let inexact = try testWorkbook([sheet([[.integer(-9_007_199_254_740_993)]])])
    let error = try #require(
      failure(inexact, to: try workbookFolder() + "/b.xlsx", displayName: "b.xlsx"))
    #expect(
      error.description
        == "b.xlsx:规上!A2: error: the integer -9007199254740993 is larger in magnitude than 9007199254740992 (2^53), the largest a spreadsheet number holds exactly: write it as text"
    )
  }

  /// One title, the header and 1,048,575 rows make 1,048,577 rows, one
  /// more than a worksheet holds.
  @Test func tooManyRowsIsAnError() throws {
    let rows = [[WorksheetCell]](repeating: [], count: 1_048_575)
    let document = try testWorkbook([sheet(rows, titles: ["标题"])])
    let error = try #require(
      failure(document, to: try workbookFolder() + "/a.xlsx", displayName: "a.xlsx"))
    #expect(
      error.description
        == "a.xlsx:规上: error: the sheet has 1048577 rows (1 title rows, the header and 1048575 rows), more than the 1048576 a worksheet holds: split the rows over more sheets"
    )
  }

  @Test func tooManyColumnsIsAnError() throws {
    let row = [WorksheetCell](repeating: .integer(1), count: 16_385)
    let document = try testWorkbook([sheet([row])])
    let error = try #require(
      failure(document, to: try workbookFolder() + "/a.xlsx", displayName: "a.xlsx"))
    #expect(
      error.description
        == "a.xlsx:规上: error: the sheet has 16385 columns, more than the 16384 a worksheet holds")
  }

  /// A text over 32,767 characters is cut to the first 32,767 and told;
  /// the rest of the workbook is written.
  @Test func aTextTooLongForACellIsCutAndTold() throws {
    let long = String(repeating: "亩", count: 32_768)
    let path = try workbookFolder() + "/a.xlsx"
    let notes = try testWorkbook([sheet([[.text(long), .number(2)]])]).write(
      to: path, displayName: "a.xlsx")
    #expect(
      notes.map(\.description) == [
        "a.xlsx:规上!A2: warning: the text has 32768 characters, more than the 32767 a cell holds; only its first 32767 are written: shorten it where it comes from"
      ])
    let read = try readBack(path)
    #expect(read.first?.cell(row: 2, column: 1) == String(repeating: "亩", count: 32_767))
    #expect(read.first?.cell(row: 2, column: 2) == "2")
  }

  /// Escaping `_x0041_` as `_x005F_x0041_` adds 6 characters that
  /// libxlsxwriter counts: 32,767 characters holding one such sequence are
  /// cut by 6 more (whole characters from the end): 32,761 kept.
  @Test func escapesCountTowardsTheLimit() {
    let text = "_x0041_" + String(repeating: "a", count: 32_760)
    let stored = CellText(text)
    #expect(stored.kept == 32_761)
    #expect(stored.stored == "_x005F_x0041_" + String(repeating: "a", count: 32_754))
  }
}
