import Tables
import Testing
import ZIPFoundation

/// xlsx workbooks as Excel and WPS write them: shared and inline strings,
/// numbers as stored, missing cells, several sheets, a title row.
@Suite struct XLSXReadingTests {
  /// Writes `builder`'s workbook and reads every sheet.
  func read(_ builder: WorkbookBuilder, method: CompressionChoice = .deflate) throws -> (
    names: [String], sheets: [ReadSheet], hidden: [Bool]
  ) {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("tax.xlsx")
    try builder.write(to: path, method: method == .deflate ? .deflate : .none)
    let file = try TableFile.open(path: path, displayName: "tax.xlsx")
    var hidden: [Bool] = []
    let sheets = file.map { sheet in
      hidden.append(sheet.isHidden)
      return ReadSheet(name: sheet.name, encoding: sheet.encoding, items: Array(sheet))
    }
    return (file.sheetNames, sheets, hidden)
  }

  enum CompressionChoice { case deflate, stored }

  static let twoSheets = WorkbookBuilder(
    sheets: [
      .init(
        name: "税收",
        rows: """
          <row r="1"><c r="A1" t="s"><v>0</v></c></row>
          <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="D3" t="inlineStr"><is><t>备注</t></is></c></row>
          <row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4" s="1"><v>1250.5</v></c><c r="D4"><v>3.0000000000000004</v></c></row>

          """),
      .init(
        name: "Sheet2",
        rows: """
          <row r="1"><c t="s"><v>4</v></c><c t="b"><v>1</v></c><c t="str"><f>A1&amp;"x"</f><v>规上企业x</v></c><c t="e"><v>#DIV/0!</v></c></row>
          <row r="2" spans="1:3"><c r="C2" s="3"/></row>
          <row r="5"><c r="B5" s="2"><v>45292</v></c></row>

          """, state: "hidden"),
    ],
    sharedStrings: [
      "2024年度税收统计", "统一社会信用代码", "税收（万元）", "91331003MA2XXXXXX1",
      "<r><rPr><b/></rPr><t>规上</t></r><r><t>企业</t></r><rPh sb=\"0\" eb=\"2\"><t>きぎょう</t></rPh>",
    ])

  @Test(arguments: [CompressionChoice.deflate, .stored])
  func everySheetInWorkbookOrderWithItsRows(method: CompressionChoice) throws {
    let (names, sheets, hidden) = try read(Self.twoSheets, method: method)
    #expect(names == ["税收", "Sheet2"])
    #expect(sheets.map(\.name) == ["税收", "Sheet2"])
    #expect(hidden == [false, true])
    #expect(sheets.allSatisfy { $0.encoding == nil && $0.problems.isEmpty })
    let tax = sheets[0].rows
    // Row 2 is not in the part; C3 and C4 are missing cells.
    #expect(tax.map(\.number) == [1, 3, 4])
    #expect(
      tax.map(\.cells) == [
        ["2024年度税收统计"],
        ["统一社会信用代码", "税收（万元）", "", "备注"],
        ["91331003MA2XXXXXX1", "1250.5", "", "3.0000000000000004"],
      ])
    #expect(tax.allSatisfy { $0.problems.isEmpty && $0.sheet == "税收" })
    #expect(tax[2].place(column: 2).description == "tax.xlsx:税收!B4")
  }

  @Test func cellsWithoutReferencesRichTextBooleansFormulasAndErrors() throws {
    let (_, sheets, _) = try read(Self.twoSheets)
    let rows = sheets[1].rows
    // Row 1's cells have no `r`: placed A to D in order. The rich text
    // leaves out its phonetic run; TRUE for the boolean 1; the formula's
    // saved result. Row 2 holds only a styled empty cell: skipped. Row 5:
    // a date as its serial number (2024-01-01 is day 45292).
    #expect(rows.map(\.number) == [1, 5])
    #expect(rows.map(\.cells) == [["规上企业", "TRUE", "规上企业x", "#DIV/0!"], ["", "45292"]])
  }

  @Test func aBadSharedStringIndexAndAFormulaWithNoResultAreProblemsOfTheirCells() throws {
    let builder = WorkbookBuilder(
      sheets: [
        .init(
          name: "S",
          rows:
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c><c r=\"B1\"><f>SUM(B2:B9)</f></c><c r=\"C1\"><v>7</v></c></row>"
        )
      ], sharedStrings: ["x"])
    let (_, sheets, _) = try read(builder)
    let row = try #require(sheets.first?.rows.first)
    #expect(row.cells == ["", "", "7"])
    #expect(
      row.problems.map(\.description) == [
        "tax.xlsx:S!A1: error: the cell refers to shared string 9, but the workbook has 1; the workbook is damaged: open it in Excel or WPS and save it again",
        "tax.xlsx:S!B1: error: the cell holds a formula (=SUM(B2:B9)) with no saved result; open the workbook in Excel or WPS and save it, so the results are saved with it",
      ])
    #expect(row.problem(column: 3) == nil)
  }

  @Test func escapedCharactersInStringsAreDecoded() throws {
    // `_x000D_` is a carriage return; `_x005F_` an underscore that would
    // start an escape (ECMA-376 ST_Xstring).
    let builder = WorkbookBuilder(
      sheets: [
        .init(
          name: "S",
          rows:
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>a_x005F_x0041_b</t></is></c></row>"
        )
      ], sharedStrings: ["line 1_x000D_\nline 2"])
    let (_, sheets, _) = try read(builder)
    #expect(sheets.first?.rows.first?.cells == ["line 1\r\nline 2", "a_x0041_b"])
  }

  @Test func aSheetWhosePartIsMissingSaysSoAndTheOthersAreRead() throws {
    var builder = WorkbookBuilder(
      sheets: [
        .init(name: "A", rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"),
        .init(name: "B", rows: "<row r=\"1\"><c r=\"A1\"><v>2</v></c></row>"),
      ])
    builder.omitted = ["xl/worksheets/sheet1.xml"]
    let (names, sheets, _) = try read(builder)
    #expect(names == ["A", "B"])
    #expect(sheets[0].rows.isEmpty)
    #expect(
      sheets[0].problems.map(\.description) == [
        "tax.xlsx:A: error: the workbook names the part xl/worksheets/sheet1.xml, but it is not in the file; the workbook is damaged: open it in Excel or WPS and save it again"
      ])
    #expect(sheets[1].rows.map(\.cells) == [["2"]])
    #expect(sheets[1].problems.isEmpty)
  }
}
