/// One worksheet: title rows, a header row, rows of cells.
///
/// The sheet is laid out from its first row down: each of ``titles`` in
/// column A, one row each, in bold; then the header row, the columns'
/// headers in bold; then ``rows``. The panes are frozen below the header
/// row, so the titles and the header stay in view as the rows scroll.
///
/// A row may hold fewer cells than there are columns (the rest are empty)
/// or more (the cells past the last column are shown as `General`, their
/// columns fitted). The sheet's name is made valid and unique in its
/// workbook when it is written (``SheetNames``).
public struct WorksheetDocument: Sendable, Hashable {
  /// The name asked for; the workbook writes a valid, unique one from it
  /// (``WorkbookDocument/sheetNames``).
  public var name: String
  /// Rows of text above the header, each in column A (for example
  /// "黄岩区 2024 年度工业企业亩均效益综合评价结果（规上）").
  public var titles: [String]
  public var columns: [WorksheetColumn]
  public var rows: [[WorksheetCell]]

  public init(
    name: String, titles: [String] = [], columns: [WorksheetColumn], rows: [[WorksheetCell]]
  ) {
    self.name = name
    self.titles = titles
    self.columns = columns
    self.rows = rows
  }

  /// The 1-based sheet row of the header: below the titles.
  var headerRow: Int { titles.count + 1 }

  /// The 1-based sheet row of `rows[index]`.
  func sheetRow(ofRow index: Int) -> Int { headerRow + 1 + index }

  /// Rows in the sheet: the titles, the header and the rows.
  var rowCount: Int { headerRow + rows.count }

  /// Columns in the sheet: the declared ones, or more when a row is longer.
  var columnCount: Int { rows.reduce(columns.count) { max($0, $1.count) } }
}
