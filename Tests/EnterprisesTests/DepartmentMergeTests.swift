import Enterprises
import Land
import Tables
import Testing

@Suite struct DepartmentMergeTests {
  /// Huawei's code, a second valid code, and the second with a mistyped
  /// check character (it should be L).
  static let huawei = "914403001922038216"
  static let other = "91110000600037341L"
  static let mistyped = "91110000600037341N"

  static let taxHeader = ["统一社会信用代码", "企业名称", "年度", "税收", "规模"]
  static let statsHeader = ["creditCode", "name", "year", "revenue", "tax(元)", "scale"]

  /// A file's rows read under `header` (row 1), data from row 2 on.
  static func file(
    _ name: String, _ header: [String], _ rows: [[String]], defaultYear: Int? = nil
  ) -> [DepartmentRow] {
    let header = DepartmentHeader(
      RowCells(header, place: CellPlace(file: name, row: 1)), defaultYear: defaultYear)
    return rows.enumerated().compactMap { offset, cells in
      header.read(RowCells(cells, place: CellPlace(file: name, row: offset + 2)))
    }
  }

  static func place(_ file: String, _ row: Int, _ column: Int? = nil) -> CellPlace {
    CellPlace(file: file, row: row, column: column)
  }

  /// Fields from two departments come together; a field both give agrees
  /// when the values do: 12,500,000 元 ÷ 10000 = 1250 万元. The first
  /// file's cell is the source.
  @Test func mergesFieldsFromTwoFiles() throws {
    let data = DepartmentMerge.merge([
      Self.file("tax.csv", Self.taxHeader, [[Self.huawei, "华为技术有限公司", "2024", "1250", "规上"]]),
      Self.file(
        "stats.csv", Self.statsHeader,
        [[Self.huawei, "华为技术有限公司", "2024", "42000", "12,500,000", "above"]]),
    ])
    #expect(data.problems == [])
    let firm = try #require(data.firms[FirmYear(code: Self.huawei, year: 2024)])
    #expect(firm.creditCode?.text == Self.huawei)
    #expect(firm.name == Sourced("华为技术有限公司", source: Self.place("tax.csv", 2, 2)))
    #expect(firm.figures[.tax] == .value(Sourced(1250, source: Self.place("tax.csv", 2, 4))))
    #expect(firm.figures[.revenue] == .value(Sourced(42000, source: Self.place("stats.csv", 2, 4))))
    #expect(firm.figures.count == 2)
    #expect(firm.scale == .value(Sourced(.above, source: Self.place("tax.csv", 2, 5))))
    #expect(firm.performance == Performance(year: 2024, revenue: 42000, tax: 1250))
    #expect(firm.fieldsWithErrors == [] && firm.problems == [])
  }

  /// Agree = equal within one part in a billion of the larger: 1250 and
  /// 1250.000001 differ by 1e-6 ≤ 1.25e-6; 1250 and 1250.00001 differ by
  /// 1e-5 > 1.25e-6.
  @Test(arguments: [("1250.000001", true), ("1250.00001", false), ("1250", true)])
  func agreementIsWithinOnePartInABillion(_ second: String, _ agrees: Bool) throws {
    let header = ["creditCode", "year", "tax"]
    let data = DepartmentMerge.merge([
      Self.file("a.csv", header, [[Self.huawei, "2024", "1250"]]),
      Self.file("b.csv", header, [[Self.huawei, "2024", second]]),
    ])
    let firm = try #require(data.firms[FirmYear(code: Self.huawei, year: 2024)])
    #expect(firm.figures[.tax]?.value == (agrees ? 1250 : nil))
    #expect(data.problems.isEmpty == agrees)
  }

  /// Disagreeing files: an error at the later cell naming the earlier one,
  /// in column order, and no data for the field.
  @Test func disagreeingFilesAreAnErrorAndNoData() throws {
    let data = DepartmentMerge.merge([
      Self.file("tax.csv", Self.taxHeader, [[Self.huawei, "", "2024", "1250", "规上"]]),
      Self.file(
        "stats.csv", Self.statsHeader, [[Self.huawei, "", "2024", "42000", "13,000,000", "规下"]]),
    ])
    let problems = [
      "stats.csv:2:5: error: tax for 914403001922038216 in 2024 is 1300 万元 here but 1250 万元"
        + " at tax.csv:2:4; neither is used: find which file is right and correct the other",
      "stats.csv:2:6: error: scale for 914403001922038216 in 2024 is 规下 here but 规上 at"
        + " tax.csv:2:5; neither is used: find which file is right and correct the other",
    ]
    #expect(data.problems.map(\.description) == problems)
    #expect(data.problems.allSatisfy { $0.kind == .conflictingFiles })
    let firm = try #require(data.firms[FirmYear(code: Self.huawei, year: 2024)])
    #expect(firm.figures[.tax] == .error)
    #expect(firm.scale == .error)
    #expect(firm.figures[.revenue]?.value == 42000)
    #expect(firm.fieldsWithErrors == [.tax])
    #expect(firm.performance == Performance(year: 2024, revenue: 42000))
    #expect(firm.problems.map(\.description) == problems)
  }

  /// A third file is still compared with the first value: 1250, 1300, 1400
  /// gives two errors; 1250, 1300, 1250 gives one.
  @Test func laterFilesAreComparedWithTheFirstValue() {
    let header = ["creditCode", "year", "tax"]
    let three = DepartmentMerge.merge(
      ["1250", "1300", "1400"].enumerated().map { index, tax in
        Self.file("\(index).csv", header, [[Self.huawei, "2024", tax]])
      })
    #expect(three.problems.map(\.place.file) == ["1.csv", "2.csv"])
    let back = DepartmentMerge.merge(
      ["1250", "1300", "1250"].enumerated().map { index, tax in
        Self.file("\(index).csv", header, [[Self.huawei, "2024", tax]])
      })
    #expect(back.problems.map(\.place.file) == ["1.csv"])
    #expect(back.firms[FirmYear(code: Self.huawei, year: 2024)]?.figures[.tax] == .error)
  }

  /// Two rows for one code and year in one file: an error for each, and
  /// the fields they give have no data, whatever another file says.
  @Test func duplicateRowsInOneFile() throws {
    let data = DepartmentMerge.merge([
      Self.file(
        "tax.csv", Self.taxHeader,
        [
          [Self.huawei, "华为技术有限公司", "2024", "1250", ""],
          [Self.other, "", "2024", "80", ""],
          [Self.huawei, "华为技术有限公司", "2024", "1260", "规上"],
        ]),
      Self.file(
        "stats.csv", Self.statsHeader, [[Self.huawei, "", "2024", "42000", "12,500,000", ""]]),
    ])
    #expect(
      data.problems.map(\.description) == [
        "tax.csv:2: error: 914403001922038216 has more than one row for 2024 in this file (also"
          + " tax.csv:4); the figures of these rows are not used: keep one row per enterprise"
          + " and year",
        "tax.csv:4: error: 914403001922038216 has more than one row for 2024 in this file (also"
          + " tax.csv:2); the figures of these rows are not used: keep one row per enterprise"
          + " and year",
      ])
    let firm = try #require(data.firms[FirmYear(code: Self.huawei, year: 2024)])
    #expect(firm.figures[.tax] == .error)
    #expect(firm.scale == .error)
    #expect(firm.figures[.revenue]?.value == 42000)
    #expect(firm.problems.map(\.kind) == [.duplicateRow, .duplicateRow])
    #expect(data.firms[FirmYear(code: Self.other, year: 2024)]?.figures[.tax]?.value == 80)
  }

  @Test func manyDuplicatesNameThreeRows() {
    let rows = (0..<5).map { _ in [Self.huawei, "", "2024", "1", ""] }
    let data = DepartmentMerge.merge([Self.file("tax.csv", Self.taxHeader, rows)])
    #expect(
      data.problems.first?.description
        == "tax.csv:2: error: 914403001922038216 has more than one row for 2024 in this file"
        + " (also tax.csv:3, tax.csv:4, tax.csv:5 and 1 more); the figures of these rows are not"
        + " used: keep one row per enterprise and year")
    #expect(data.problems.count == 5)
    // The same code in another year is another key.
    let years = DepartmentMerge.merge([
      Self.file(
        "tax.csv", Self.taxHeader,
        [[Self.huawei, "", "2023", "1", ""], [Self.huawei, "", "2024", "2", ""]])
    ])
    #expect(years.problems == [])
    #expect(years.sortedFirms.map(\.key.year) == [2023, 2024])
  }

  /// A bad cell makes its field an error: no data, even where another
  /// file has a good value (records.md: no falling back).
  @Test func aBadCellBlocksTheField() throws {
    let data = DepartmentMerge.merge([
      Self.file("tax.csv", Self.taxHeader, [[Self.huawei, "", "2024", "N/A", "大型"]]),
      Self.file(
        "stats.csv", Self.statsHeader, [[Self.huawei, "", "2024", "1", "12,500,000", "规上"]]),
    ])
    let firm = try #require(data.firms[FirmYear(code: Self.huawei, year: 2024)])
    #expect(firm.figures[.tax] == .error)
    #expect(firm.scale == .error)
    #expect(firm.figures[.revenue]?.value == 1)
    #expect(firm.problems.map(\.place.description) == ["tax.csv:2:4", "tax.csv:2:5"])
    #expect(data.problems == firm.problems)
  }

  /// One code under two names in two files: a warning, once per name; the
  /// first name is kept. Full- and half-width brackets are the same name.
  @Test func differentNamesAreAWarning() throws {
    let data = DepartmentMerge.merge([
      Self.file(
        "tax.csv", Self.taxHeader,
        [
          [Self.huawei, "华为技术有限公司", "2024", "1", ""],
          [Self.other, "某某(集团)有限公司", "2024", "1", ""],
        ]),
      Self.file(
        "stats.csv", Self.statsHeader,
        [
          [Self.huawei, "华为技术（深圳）有限公司", "2023", "", "", ""],
          [Self.huawei, "华为技术（深圳）有限公司", "2024", "", "", ""],
          [Self.other, "某某（集团）有限公司", "2024", "", "", ""],
        ]),
    ])
    let warning =
      "stats.csv:2:2: warning: the name '华为技术（深圳）有限公司' differs from '华为技术有限公司'"
      + " at tax.csv:2:2 for the same credit code 914403001922038216; the code decides which"
      + " enterprise the row is: check that it is right"
    #expect(data.problems.map(\.description) == [warning])
    #expect(data.problems.first?.kind == .differentName)
    let firm = try #require(data.firms[FirmYear(code: Self.huawei, year: 2024)])
    #expect(firm.name?.value == "华为技术有限公司")
    #expect(
      data.firms[FirmYear(code: Self.huawei, year: 2023)]?.problems.map(\.description) == [warning])
  }

  /// A code failing its check is its own enterprise, with the errors, never
  /// merged into the code it resembles.
  @Test func codeFailingItsCheckIsNeverMergedIntoAnother() throws {
    let data = DepartmentMerge.merge([
      Self.file("tax.csv", Self.taxHeader, [[Self.other, "", "2024", "80", ""]]),
      Self.file("stats.csv", Self.statsHeader, [[Self.mistyped, "", "2024", "5", "", ""]]),
    ])
    let bad = try #require(data.firms[FirmYear(code: Self.mistyped, year: 2024)])
    #expect(bad.creditCode == nil)
    #expect(bad.figures[.revenue]?.value == 5)
    #expect(bad.problems.map(\.kind) == [.badCreditCode])
    let good = try #require(data.firms[FirmYear(code: Self.other, year: 2024)])
    #expect(good.creditCode?.text == Self.other)
    #expect(good.figures[.revenue] == nil && good.problems == [])
  }

  /// Rows without a code or a year are in no enterprise; their errors stay.
  @Test func rowsWithoutCodeOrYearAreNotMerged() {
    let data = DepartmentMerge.merge([
      Self.file(
        "tax.csv", Self.taxHeader,
        [["", "合计", "2024", "9999", ""], [Self.huawei, "", "24", "1", ""]]),
      Self.file("power.csv", ["creditCode", "electricity"], [[Self.huawei, "540000"]]),
    ])
    #expect(data.firms.isEmpty)
    #expect(data.problems.map(\.place.description) == ["tax.csv:2:1", "tax.csv:3:3"])
  }

  /// Problems in file order, then row order; the merge is the same whether
  /// the files are given at once or added one by one.
  @Test func problemOrderAndIncrementalAdding() {
    let tax = Self.file(
      "tax.csv", Self.taxHeader,
      [[Self.huawei, "", "2024", "x", ""], [Self.huawei, "", "2024", "1", ""]])
    let stats = Self.file("stats.csv", Self.statsHeader, [[Self.other, "", "2024", "y", "", ""]])
    let data = DepartmentMerge.merge([tax, stats])
    #expect(
      data.problems.map(\.place.description) == [
        "tax.csv:2:4", "tax.csv:2", "tax.csv:3", "stats.csv:2:4",
      ])
    var merge = DepartmentMerge()
    merge.add(file: tax)
    merge.add(file: stats)
    #expect(merge.merged == data)
  }

  @Test func sortedByCodeThenYear() {
    let data = DepartmentMerge.merge([
      Self.file(
        "tax.csv", ["creditCode", "year", "tax"],
        [[Self.huawei, "2024", "1"], [Self.other, "2024", "1"], [Self.huawei, "2023", "1"]])
    ])
    #expect(
      data.sortedFirms.map(\.key) == [
        FirmYear(code: Self.other, year: 2024), FirmYear(code: Self.huawei, year: 2023),
        FirmYear(code: Self.huawei, year: 2024),
      ])
  }
}
