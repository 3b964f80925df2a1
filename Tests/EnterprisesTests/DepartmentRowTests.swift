import Enterprises
import Land
import Tables
import Testing

@Suite struct DepartmentRowTests {
  /// A sheet's header in row 2 (a title above it).
  static let header = DepartmentHeader(
    RowCells(
      ["序号", "统一社会信用代码", "企业名称", "年度", "实缴税金（万元）", "营业收入(元)", "用电量[万千瓦时]", "规模"],
      place: CellPlace(file: "tax.xlsx", sheet: "Sheet1", row: 2)),
    defaultYear: nil)

  static func row(_ cells: [String], _ row: Int) -> RowCells {
    RowCells(cells, place: CellPlace(file: "tax.xlsx", sheet: "Sheet1", row: row))
  }

  static func place(_ column: Int, _ row: Int) -> CellPlace {
    CellPlace(file: "tax.xlsx", sheet: "Sheet1", row: row, column: column)
  }

  @Test func readsAFullRowIntoDefaultUnits() throws {
    let row = try #require(
      Self.header.read(
        Self.row(
          ["1", " 914403001922038216 ", "华为技术有限公司", "2024年", "1,250.5", "12,500,000", "54", "规上"],
          7)))
    #expect(row.place.description == "tax.xlsx:Sheet1!7")
    #expect(row.codeText == "914403001922038216")
    #expect(row.code == "914403001922038216")
    #expect(row.creditCode?.text == "914403001922038216" && row.codePassedCheck)
    #expect(row.name == Sourced("华为技术有限公司", source: Self.place(3, 7)))
    #expect(row.year == 2024)
    #expect(row.scale == Sourced(HolderScale.above, source: Self.place(8, 7)))
    // tax 1,250.5 万元 as written; revenue 12,500,000 元 ÷ 10000 = 1250 万元;
    // electricity 54 万千瓦时 × 10000 = 540000 kWh.
    #expect(
      row.figures == [
        DepartmentFigure(.tax, 1250.5, source: Self.place(5, 7)),
        DepartmentFigure(.revenue, 1250, source: Self.place(6, 7)),
        DepartmentFigure(.electricity, 540_000, source: Self.place(7, 7)),
      ])
    #expect(row.figure(.revenue)?.source.description == "tax.xlsx:Sheet1!F7")
    #expect(row.failedFields == [] && row.problems == [])
    #expect(row.isJoinable)
  }

  /// A bad cell is an error for its field only: never 0, and the row's
  /// other cells still count.
  @Test func badCellsAreErrorsAndTheRestIsRead() throws {
    let row = try #require(
      Self.header.read(
        Self.row(["2", "914403001922038216", "", "2024", "12.5万", "N/A", "54", "大型"], 8)))
    #expect(
      row.problems.map(\.description) == [
        "tax.xlsx:Sheet1!E8: error: not a number: '12.5万'; write the figure in the column's"
          + " unit (万元) with digits only, e.g. 12.5 for 12.5万",
        "tax.xlsx:Sheet1!F8: error: not a number: 'N/A'; write the figure in the column's unit"
          + " (元) with digits only, or leave the cell empty when there is no figure",
        "tax.xlsx:Sheet1!H8: error: not a scale: '大型'; write 规上 or 规下 (above or below"
          + " designated size), or leave the cell empty",
      ])
    #expect(row.problems.map(\.kind) == [.notANumber, .notANumber, .badScale])
    #expect(row.failedFields == [.tax, .revenue, .scale])
    #expect(row.figures == [DepartmentFigure(.electricity, 540_000, source: Self.place(7, 8))])
    #expect(row.figure(.tax) == nil && row.scale == nil && row.name == nil)
    #expect(row.isJoinable)
  }

  /// A code failing its check keeps its figures and its normal form (the
  /// enterprise is reported under it), but the row is not joinable.
  @Test func codeFailingItsCheckKeepsTheFigures() throws {
    let row = try #require(
      Self.header.read(
        Self.row(["3", "91110000600037341n", "某公司", "2024", "310", "", "", "规下"], 9)))
    #expect(row.codeText == "91110000600037341n")
    #expect(row.code == "91110000600037341N")
    #expect(row.creditCode == nil && !row.codePassedCheck)
    #expect(!row.isJoinable)
    #expect(row.figures == [DepartmentFigure(.tax, 310, source: Self.place(5, 9))])
    #expect(row.scale?.value == .below)
    #expect(
      row.problems.map(\.description) == [
        "tax.xlsx:Sheet1!B9: error: credit code '91110000600037341n' fails its check"
          + " (GB 32100-2015): the first 17 characters give 'L' as the 18th, not 'N'; a"
          + " character is mistyped: check the code against the business licence"
      ])
  }

  /// A totals row (合计) or a row without a code: an error, figures kept,
  /// no code to group under.
  @Test(arguments: [
    (
      "",
      "tax.xlsx:Sheet1!B10: error: no credit code: the row cannot be matched to an"
        + " enterprise; write the enterprise's 18-character unified social credit code"
        + " (统一社会信用代码)"
    ),
    (
      "9111000060003734",
      "tax.xlsx:Sheet1!B10: error: credit code '9111000060003734' has"
        + " 16 characters, a unified social credit code has 18; check it against the business"
        + " licence"
    ),
  ])
  func missingOrMalformedCodeHasNoKey(_ code: String, _ message: String) throws {
    let row = try #require(
      Self.header.read(Self.row(["", code, "合计", "2024", "5000"], 10)))
    #expect(row.code == nil && row.creditCode == nil && !row.isJoinable)
    #expect(row.figures == [DepartmentFigure(.tax, 5000, source: Self.place(5, 10))])
    #expect(row.problems.map(\.description) == [message])
    #expect(row.problems.first?.kind == .badCreditCode)
  }

  @Test(arguments: [
    (
      "24",
      "tax.xlsx:Sheet1!D11: error: not a year: '24'; write the performance year with"
        + " four digits, e.g. 2024; until then the row cannot be matched to an enterprise"
    ),
    (
      "2024-12-31",
      "tax.xlsx:Sheet1!D11: error: not a year: '2024-12-31'; write the"
        + " performance year with four digits, e.g. 2024; until then the row cannot be"
        + " matched to an enterprise"
    ),
    (
      " ",
      "tax.xlsx:Sheet1!D11: error: no year: write the performance year the row's"
        + " figures are for, e.g. 2024; until then the row cannot be matched to an enterprise"
    ),
  ])
  func badYearIsAnError(_ year: String, _ message: String) throws {
    let row = try #require(
      Self.header.read(Self.row(["", "914403001922038216", "", year, "1"], 11)))
    #expect(row.year == nil && !row.isJoinable)
    #expect(row.problems.map(\.description) == [message])
    #expect(row.figures.count == 1)
  }

  @Test(arguments: [("2024", 2024), ("２０２４", 2024), ("2023年", 2023), (" 2022 ", 2022)])
  func readsYears(_ text: String, _ year: Int) throws {
    let row = try #require(Self.header.read(Self.row(["", "914403001922038216", "", text], 12)))
    #expect(row.year == year && row.problems == [])
  }

  @Test(arguments: [
    ("规上", HolderScale.above), ("规模以上", .above), ("Above", .above), ("规下", .below),
    ("规模以下", .below), ("below", .below),
  ])
  func readsScales(_ text: String, _ scale: HolderScale) throws {
    let row = try #require(
      Self.header.read(Self.row(["", "914403001922038216", "", "2024", "", "", "", text], 13)))
    #expect(row.scale?.value == scale && row.problems == [])
  }

  @Test func defaultYearWhenTheFileHasNoYearColumn() throws {
    let header = DepartmentHeader(
      RowCells(["creditCode", "tax"], place: CellPlace(file: "tax.csv", row: 1)),
      defaultYear: 2023)
    let row = try #require(
      header.read(
        RowCells(["914403001922038216", "310"], place: CellPlace(file: "tax.csv", row: 2))))
    #expect(row.year == 2023 && row.isJoinable)
    #expect(row.figure(.tax)?.source.description == "tax.csv:2:2")
  }

  /// Blank rows (nothing in the columns we read) are no data, not errors.
  @Test func blankRowsAreSkipped() {
    #expect(Self.header.read(Self.row(["", " ", "\u{3000}", "", "", "", "", ""], 14)) == nil)
    #expect(Self.header.read(Self.row([], 15)) == nil)
    // Only the ignored 序号 column holds something.
    #expect(Self.header.read(Self.row(["16"], 16)) == nil)
  }

  /// A short row's missing cells are empty cells.
  @Test func shortRowsHaveEmptyCells() throws {
    let row = try #require(
      Self.header.read(Self.row(["1", "914403001922038216", "华为技术有限公司", "2024"], 17)))
    #expect(row.figures == [] && row.problems == [] && row.isJoinable)
  }

  /// A column whose header has an error: each non-empty cell is an error of
  /// its row, and the field has no data there.
  @Test func cellsOfARejectedColumnAreErrors() throws {
    let header = DepartmentHeader(
      RowCells(["信用代码", "年度", "税收(吨)", "营业收入"], place: CellPlace(file: "tax.csv", row: 1)),
      defaultYear: nil)
    let row = try #require(
      header.read(
        RowCells(
          ["914403001922038216", "2024", "310", "42000"], place: CellPlace(file: "tax.csv", row: 5)
        )))
    #expect(
      row.problems.map(\.description) == [
        "tax.csv:5:3: error: not read: this column's header has an error (see tax.csv:1:3)"
      ])
    #expect(row.problems.first?.kind == .columnNotRead)
    #expect(row.failedFields == [.tax])
    #expect(row.figures.map(\.field) == [.revenue])
    let empty = try #require(
      header.read(
        RowCells(
          ["914403001922038216", "2024", "", "1"], place: CellPlace(file: "tax.csv", row: 6))
      ))
    #expect(empty.problems == [] && empty.failedFields == [])
  }
}
