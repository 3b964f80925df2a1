import Foundation
import Tables
import Testing

/// What `TableFile.open` refuses, and how it tells one format from another.
@Suite struct TableFileTests {
  func refusal(_ bytes: [UInt8], named name: String, limits: TableLimits = TableLimits()) throws
    -> String?
  {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = try scratch.write(bytes, named: name)
    do {
      _ = try readAll(path, as: name, limits: limits)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func aFileThatCannotBeOpenedIsAClearError() {
    #expect(throws: TableProblem.self) { try TableFile.open(path: "/nonexistent/tax.csv") }
    do {
      _ = try TableFile.open(path: "/nonexistent/tax.csv")
    } catch {
      #expect(
        error.description
          == "/nonexistent/tax.csv: error: cannot read the file: No such file or directory; check the path and its permissions"
      )
    }
  }

  @Test func aFolderIsNotAFile() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    do {
      _ = try TableFile.open(path: scratch.folder.path, displayName: "data")
      Issue.record("a folder was opened")
    } catch {
      #expect(
        error.description == "data: error: this is a folder, not a file; give the data file's path")
    }
  }

  @Test func anOldBinaryWorkbookIsRefusedWithWhatToDo() throws {
    // The OLE2 compound file signature, as .xls files and encrypted .xlsx
    // files begin.
    let ole: [UInt8] =
      [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
    #expect(
      try refusal(ole, named: "tax.xls")
        == "tax.xls: error: this is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which mujun does not read; open it in Excel or WPS and save it as .xlsx (without a password) or as CSV"
    )
  }

  @Test func aWebPageSavedAsXlsIsRefused() throws {
    #expect(
      try refusal(
        Array("\r\n<html><table><tr><td>税收</td></tr></table></html>".utf8), named: "tax.xls")
        == "tax.xls: error: this is a web page or XML (as some systems export under an .xls name), not CSV or xlsx; open it in Excel or WPS and save it as .xlsx or CSV"
    )
  }

  @Test func textNamedXlsxIsRefused() throws {
    #expect(
      try refusal(Array("code,tax\n1,2\n".utf8), named: "tax.xlsx")
        == "tax.xlsx: error: the file is named as an xlsx workbook but is not one (it is not a zip archive); open it in Excel or WPS and save it as .xlsx again, or give the CSV file"
    )
  }

  @Test func aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws {
    var limits = TableLimits()
    limits.maxFileBytes = 10
    #expect(
      try refusal(Array("code,tax\n1,2\n".utf8), named: "tax.csv", limits: limits)
        == "tax.csv: error: the file is larger than 10 bytes; a department's data file is far smaller: check that this is the right file"
    )
  }

  @Test func aWordDocumentIsNotAWorkbook() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("tax.xlsx")
    var builder = WorkbookBuilder()
    builder.omitted = ["xl/workbook.xml", "_rels/.rels"]
    builder.rawParts = [("word/document.xml", Array("<w:document/>".utf8))]
    try builder.write(to: path)
    do {
      _ = try TableFile.open(path: path, displayName: "tax.xlsx")
      Issue.record("a Word document was opened")
    } catch {
      #expect(
        error.description
          == "tax.xlsx: error: this is a Word document, not an Excel workbook (it has no xl/workbook.xml); open the data in Excel or WPS and save it as .xlsx or CSV"
      )
    }
  }

  @Test func aCSVFileIsOneSheetWithNoName() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = try scratch.write(Array("a\n".utf8), named: "x.txt")
    let file = try TableFile.open(path: path)
    #expect(file.displayName == path)
    #expect(file.sheetNames.isEmpty)
    let sheets = Array(file)
    #expect(sheets.count == 1)
    #expect(sheets.first?.name == nil)
    #expect(sheets.first?.file == path)
  }

  @Test func wholeFilePlacesNameTheFileOrTheSheet() {
    #expect(CellPlace(file: "tax.csv").description == "tax.csv")
    #expect(CellPlace(file: "tax.xlsx", sheet: "税收").description == "tax.xlsx:税收")
    #expect(
      TableProblem(at: CellPlace(file: "tax.csv", row: 3, column: 2), "bad").description
        == "tax.csv:3:2: error: bad")
  }
}
