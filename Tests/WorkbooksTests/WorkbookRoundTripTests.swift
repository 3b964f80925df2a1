import Foundation
import Tables
import Testing

@testable import Workbooks

/// A workbook written and read back with Tables holds every cell as given:
/// Chinese text, numbers at full precision whatever their format, empty
/// cells left out, and text starting with `=` kept as text.
@Suite struct WorkbookRoundTripTests {
  /// Two sheets as the lead's lists have them: titles, a header, rows.
  static func lists() throws -> WorkbookDocument {
    let large = WorksheetDocument(
      name: "规上/规下",
      titles: ["黄岩区 2024 年度工业企业亩均效益综合评价结果（规上）", "单位：万元/亩"],
      columns: [
        WorksheetColumn("排名", format: .integer),
        WorksheetColumn("统一社会信用代码", format: .text),
        WorksheetColumn("企业名称", format: .text),
        WorksheetColumn("亩均税收", format: .decimals(2)),
        WorksheetColumn("综合得分", format: .decimals(4)),
        WorksheetColumn("备注", format: .text),
      ],
      rows: [
        [
          .integer(1), .text("91331003MA2AXXXX1Y"), .text("台州市黄岩精工模具有限公司"),
          .number(1234.5678), .number(86.25), .text("=SUM(A1:A3)"),
        ],
        [
          .integer(2), .text("91331003MA2AYYYY2Z"), .text("浙江永宁药业股份有限公司"),
          .number(0.1), .empty, .text("新增"),
        ],
        [.integer(3), .text("913310030000000000"), .text("A&B <公司>"), .number(1.0 / 3)],
      ])
    let small = WorksheetDocument(
      name: "小微企业",
      columns: [WorksheetColumn("企业名称"), WorksheetColumn("用地面积（亩）", format: .decimals(2))],
      rows: [
        [.text("黄岩小五金厂"), .number(-0.0)],
        [.text(" 前后有空格 "), .integer(-7)],
        [.text("_x0041_ 与 \u{01}"), .number(12)],
      ])
    return try testWorkbook([large, small])
  }

  @Test func everyCellReadsBackAsWritten() throws {
    let path = try workbookFolder() + "/lists.xlsx"
    let notes = try Self.lists().write(to: path)
    #expect(notes.isEmpty)
    let sheets = try readBack(path)
    #expect(sheets.map(\.name) == ["规上／规下", "小微企业"])
    let large = sheets[0]
    // Row 1 and 2: the titles, in column A; row 3: the header; rows from 4.
    #expect(large.cell(row: 1, column: 1) == "黄岩区 2024 年度工业企业亩均效益综合评价结果（规上）")
    #expect(large.cell(row: 2, column: 1) == "单位：万元/亩")
    #expect(large.rows[1]?.cells.count == 1)
    #expect(
      (1...6).map { large.cell(row: 3, column: $0) }
        == ["排名", "统一社会信用代码", "企业名称", "亩均税收", "综合得分", "备注"])
    // Numbers are stored whole (the format only shows them rounded), as
    // libxlsxwriter prints them with 16 significant digits (%.16G):
    // 1234.5678 → 1234.567800000000 → "1234.5678"; 0.1 → "0.1"; 1/3 →
    // 0.3333333333333333 (16 threes).
    #expect(
      (1...6).map { large.cell(row: 4, column: $0) }
        == ["1", "91331003MA2AXXXX1Y", "台州市黄岩精工模具有限公司", "1234.5678", "86.25", "=SUM(A1:A3)"])
    // The empty cell (E5) is left out: "" between its neighbours.
    #expect(
      (1...6).map { large.cell(row: 5, column: $0) }
        == ["2", "91331003MA2AYYYY2Z", "浙江永宁药业股份有限公司", "0.1", "", "新增"])
    #expect(
      (1...6).map { large.cell(row: 6, column: $0) }
        == ["3", "913310030000000000", "A&B <公司>", "0.3333333333333333", "", ""])
    #expect(large.rows.keys.sorted() == [1, 2, 3, 4, 5, 6])

    let small = sheets[1]
    #expect(small.rows.keys.sorted() == [1, 2, 3, 4])
    #expect(small.cell(row: 1, column: 1) == "企业名称")
    #expect(small.cell(row: 1, column: 2) == "用地面积（亩）")
    // −0 is written as 0.
    #expect(small.cell(row: 2, column: 1) == "黄岩小五金厂")
    #expect(small.cell(row: 2, column: 2) == "0")
    #expect(small.cell(row: 3, column: 1) == " 前后有空格 ")
    #expect(small.cell(row: 3, column: 2) == "-7")
    // A literal `_x0041_` stays itself (not "A"); a control character
    // survives as libxlsxwriter's `_x0001_`.
    #expect(small.cell(row: 4, column: 1) == "_x0041_ 与 \u{01}")
    #expect(small.cell(row: 4, column: 2) == "12")
  }

  /// A text that starts with `=` is a string cell: no formula part.
  @Test func textStartingWithEqualsIsNeverAFormula() throws {
    let path = try workbookFolder() + "/lists.xlsx"
    _ = try Self.lists().write(to: path)
    let sheet = try part("xl/worksheets/sheet1.xml", of: path)
    #expect(!sheet.contains("<f>"))
    #expect(sheet.contains(#"<c r="F4" s="3" t="inlineStr"><is><t>=SUM(A1:A3)</t></is></c>"#))
  }

  /// The panes are frozen below the header: two titles and the header
  /// make three rows, so the split is at row 3 and A4 is the first cell
  /// that scrolls; the header's cells are bold (format 1, the first made).
  @Test func theHeaderAndTitlesAreFrozen() throws {
    let path = try workbookFolder() + "/lists.xlsx"
    _ = try Self.lists().write(to: path)
    let large = try part("xl/worksheets/sheet1.xml", of: path)
    #expect(
      large.contains(#"<pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/>"#)
    )
    let small = try part("xl/worksheets/sheet2.xml", of: path)
    #expect(
      small.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#)
    )
    let styles = try part("xl/styles.xml", of: path)
    #expect(styles.contains("<b/>"))
    #expect(styles.contains(#"formatCode="0.00""#))
    #expect(styles.contains(#"formatCode="0.0000""#))
  }

  @Test func theDocumentPropertiesAreWritten() throws {
    let path = try workbookFolder() + "/lists.xlsx"
    _ = try Self.lists().write(to: path)
    let core = try part("docProps/core.xml", of: path)
    #expect(core.contains("<dc:title>亩均效益综合评价结果</dc:title>"))
    #expect(core.contains("<dc:creator>黄岩区经信局</dc:creator>"))
    // 2025-03-31 08:00:00 UTC, as given: not the clock's time.
    #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-31T08:00:00Z"#))
    let app = try part("docProps/app.xml", of: path)
    #expect(app.contains("<Company>黄岩区人民政府</Company>"))
  }

  /// The same document written twice gives the same cells and the same
  /// bytes: the creation time is the document's and libxlsxwriter dates
  /// every zip entry 1980-01-01.
  @Test func theSameDocumentGivesTheSameBytes() throws {
    let folder = try workbookFolder()
    let document = try Self.lists()
    _ = try document.write(to: folder + "/a.xlsx")
    _ = try document.write(to: folder + "/b.xlsx")
    let first = try readBack(folder + "/a.xlsx")
    let second = try readBack(folder + "/b.xlsx")
    #expect(first.map(\.name) == second.map(\.name))
    #expect(first.map { $0.rows.mapValues(\.cells) } == second.map { $0.rows.mapValues(\.cells) })
    let a = try #require(FileManager.default.contents(atPath: folder + "/a.xlsx"))
    let b = try #require(FileManager.default.contents(atPath: folder + "/b.xlsx"))
    #expect(a == b)
  }

  /// A file already there is replaced.
  @Test func anExistingFileIsReplaced() throws {
    let path = try workbookFolder() + "/lists.xlsx"
    try Data("not a workbook".utf8).write(to: URL(fileURLWithPath: path))
    _ = try Self.lists().write(to: path)
    #expect(try readBack(path).map(\.name) == ["规上／规下", "小微企业"])
  }
}
