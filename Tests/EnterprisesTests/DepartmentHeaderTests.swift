import Enterprises
import Land
import Tables
import Testing

@Suite struct DepartmentHeaderTests {
  static func row(_ cells: [String], _ row: Int = 1, file: String = "tax.csv") -> RowCells {
    RowCells(cells, place: CellPlace(file: file, row: row))
  }

  @Test func recognisesColumnsAndUnits() throws {
    let header = DepartmentHeader(
      Self.row([
        "序号", "统一社会信用代码", "企业名称", "年度", "实缴税金（万元）", "营业收入(元)",
        "用电量[万千瓦时]", "排放当量(t)", "Employees", "规模", "备注", "综合能耗（吨标准煤）",
      ]), defaultYear: nil)
    #expect(header.problems == [])
    #expect(
      header.columns.map(\.field) == [
        nil, .creditCode, .name, .year, .tax, .revenue, .electricity, .emissions, .employees,
        .scale, nil, .energy,
      ])
    #expect(
      header.columns.map(\.unit) == [
        nil, nil, nil, nil, .tenThousandYuan, .yuan, .tenThousandKilowattHours, .tonne, .person,
        nil, nil, .tonneOfCoalEquivalent,
      ])
    #expect(header.columns[0].use == .ignored && header.columns[10].use == .ignored)
    #expect(header.columns[10].header == "备注")
    #expect(header.columns.filter { $0.use == .read }.count == 10)
    // To the default unit: 元 → 万元 is ÷ 10000; 万千瓦时 → kWh is × 10000;
    // the default unit, written or not, is × 1.
    #expect(
      header.columns.map(\.factor) == [
        nil, nil, nil, nil, 1, 0.0001, 10000, 1, 1, nil, nil, 1,
      ])
    #expect(header.column(for: .revenue)?.place.description == "tax.csv:1:6")
  }

  /// Exact names, English in any case, full-width narrowed, spaces
  /// trimmed; never a part of a longer name.
  @Test(arguments: [
    ("TAX", DepartmentField?.some(.tax)),
    ("ｔａｘ", .tax),
    ("valueadded", .valueAdded),
    (" 税收\u{3000}", .tax),
    ("R&D经费（万元）", .rnd),
    ("r&d经费", .rnd),
    ("纳税人识别号", .creditCode),
    ("统一社会信用代码（18位）", .creditCode),
    ("年平均从业人员（人）", .employees),
    ("用电量 [kWh]", .electricity),
    ("用电量【万度】", .electricity),
    ("税收合计", nil),
    ("税 收", nil),
    ("tax amount", nil),
    ("(万元)", nil),
    ("", nil),
  ])
  func matchesExactNames(_ text: String, _ field: DepartmentField?) {
    let header = DepartmentHeader(Self.row(["备注", text]), defaultYear: 2024)
    #expect(header.columns[1].field == field)
    #expect(header.columns[1].use == (field == nil ? .ignored : .read))
  }

  @Test func wrongUnitIsAnErrorForTheHeaderCell() {
    let header = DepartmentHeader(
      Self.row(["信用代码", "年度", "税收(吨)", "能耗（万吨）", "营业收入（含税）"]),
      defaultYear: nil)
    #expect(
      header.problems.map(\.description) == [
        "tax.csv:1:3: error: '税收(吨)': tax is given in 万元 or 元, not '吨': correct the unit"
          + " in the brackets, or leave it out for 万元; the column is not read until then",
        "tax.csv:1:4: error: '能耗（万吨）': energy is given in 吨标准煤, not '万吨': correct the"
          + " unit in the brackets, or leave it out for 吨标准煤; the column is not read until then",
        "tax.csv:1:5: error: '营业收入（含税）': revenue is given in 万元 or 元, not '含税':"
          + " correct the unit in the brackets, or leave it out for 万元; the column is not"
          + " read until then",
      ])
    #expect(header.problems.allSatisfy { $0.kind == .badUnit })
    #expect(header.columns[2].field == .tax && header.columns[2].unit == nil)
    #expect(header.columns[2].use == .rejected(header.problems[0]))
    #expect(header.column(for: .tax) == nil)
  }

  @Test func twoColumnsForOneFieldAreAnError() {
    let header = DepartmentHeader(
      Self.row(["信用代码", "税收", "年度", "实缴税金(元)"]), defaultYear: nil)
    let problem = DataProblem(
      .duplicateColumn, at: CellPlace(file: "tax.csv", row: 1, column: 4),
      "'实缴税金(元)' is a second column for tax (the first is '税收' at tax.csv:1:2); none of"
        + " them is read: delete or rename all but one")
    #expect(header.problems == [problem])
    #expect(header.columns[1].use == .rejected(problem))
    #expect(header.columns[3].use == .rejected(problem))
    #expect(header.column(for: .tax) == nil)
  }

  @Test func aSecondNameColumnIsAWarningAndTheFirstIsRead() {
    let header = DepartmentHeader(
      Self.row(["统一社会信用代码", "企业名称", "纳税人名称"]), defaultYear: 2024)
    #expect(
      header.problems.map(\.description) == [
        "tax.csv:1:3: warning: '纳税人名称' is a second name column (the first is '企业名称' at"
          + " tax.csv:1:2); names are read from the first"
      ])
    #expect(header.column(for: .name)?.index == 1)
  }

  @Test func noYearColumnNeedsADefaultYear() {
    let without = DepartmentHeader(Self.row(["creditCode", "tax"], 2), defaultYear: nil)
    #expect(
      without.problems.map(\.description) == [
        "tax.csv:2: error: the header has no year column (年度, 年份 or year) and no year was"
          + " given: add a year column, or give the year the figures are for with --year;"
          + " until then no row can be matched to an enterprise"
      ])
    #expect(without.problems.first?.kind == .noYear)
    #expect(DepartmentHeader(Self.row(["creditCode", "tax"]), defaultYear: 2024).problems == [])
  }

  /// Titles above the header are skipped; the header is the first row
  /// naming a key column.
  @Test func findsTheHeaderBelowTitles() throws {
    let rows = [
      Self.row(["2024年度规上工业企业亩均效益数据"], 1),
      Self.row(["", ""], 2),
      Self.row(["单位：万元", "税收"], 3),
      Self.row(["序号", "纳税人识别号", "税收"], 4),
      Self.row(["1", "914403001922038216", "310"], 5),
    ]
    guard
      case .found(let header, let offset) = DepartmentHeader.find(
        in: rows, defaultYear: 2024, start: CellPlace(file: "tax.csv", row: 1))
    else {
      Issue.record("the header is in row 4")
      return
    }
    #expect(offset == 3)
    #expect(header.place.description == "tax.csv:4")
    #expect(header.column(for: .creditCode)?.index == 1)
  }

  /// A key column in the 11th row is too far down: the sheet is skipped.
  @Test func skipsASheetWithoutAKeyColumnInTenRows() {
    let place = CellPlace(file: "tax.xlsx", sheet: "说明", row: 1)
    let rows = (1...11).map { row in
      RowCells(
        row == 11 ? ["creditCode"] : ["说明"],
        place: CellPlace(file: "tax.xlsx", sheet: "说明", row: row))
    }
    #expect(
      DepartmentHeader.find(in: rows, defaultYear: 2024, start: place)
        == .notFound(
          DataProblem(
            .noHeader, at: place, severity: .warning,
            "no header row naming a credit code column (统一社会信用代码, 信用代码, 纳税人识别号"
              + " or creditCode) in the first 10 rows; the sheet is skipped")))
    let csv = DepartmentHeader.find(
      in: [], defaultYear: nil, start: CellPlace(file: "e.csv", row: 1))
    guard case .notFound(let problem) = csv else {
      Issue.record("an empty file has no header")
      return
    }
    #expect(
      problem.description
        == "e.csv:1: warning: no header row naming a credit code column (统一社会信用代码,"
        + " 信用代码, 纳税人识别号 or creditCode) in the first 10 rows; the file is skipped")
    // Found in row 10, the last row looked at.
    let tenth = DepartmentHeader.find(in: Array(rows.dropFirst()), defaultYear: 2024, start: place)
    guard case .found(_, let offset) = tenth else {
      Issue.record("row 11 is the tenth row given")
      return
    }
    #expect(offset == 9)
  }
}

@Suite struct DepartmentFieldTests {
  /// Every figure column maps to the `<performance>` attribute of the same
  /// name, and back; the key, name, year and scale are no figures.
  @Test func figuresAreThePerformanceAttributes() {
    for figure in PerformanceField.allCases {
      #expect(DepartmentField(figure).figure == figure)
      #expect(DepartmentField(figure).rawValue == figure.rawValue)
    }
    #expect(
      DepartmentField.allCases.filter { $0.figure == nil } == [.creditCode, .name, .year, .scale])
  }

  /// The figures land in the `<performance>` fields of their names.
  @Test func setsPerformanceFields() {
    var performance = Performance(year: 2024)
    for (offset, field) in PerformanceField.allCases.enumerated() {
      field.set(Double(offset + 1), in: &performance)
    }
    #expect(
      performance
        == Performance(
          year: 2024, revenue: 1, output: 2, valueAdded: 3, tax: 4, energy: 5, electricity: 6,
          emissions: 7, rnd: 8, employees: 9))
    #expect(PerformanceField.allCases.map { $0.value(in: performance) } == (1...9).map(Double.init))
  }

  @Test func defaultUnits() {
    #expect(
      PerformanceField.allCases.map(\.defaultUnit.rawValue) == [
        "万元", "万元", "万元", "万元", "吨标准煤", "千瓦时", "吨", "万元", "人",
      ])
  }
}
