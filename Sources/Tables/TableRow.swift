/// One row of a table, its cells as text, each knowing its place.
///
/// A row that is read with a problem is kept, never dropped: a cell that
/// could not be read as it stands (bytes that are not text in the file's
/// encoding, a cell over the size limit, a quote never closed) holds what
/// could be read of it, or nothing, and the problem is in ``problems``
/// with that cell's column. A caller that takes a cell's value checks
/// ``problem(column:)`` first.
public struct TableRow: Sendable, Hashable {
  /// The file as the user named it.
  public var file: String
  /// The sheet's name in an xlsx workbook; nil for CSV.
  public var sheet: String?
  /// CSV: the 1-based line where the row starts (physical lines, so a row
  /// after a quoted cell that spans lines starts later); xlsx: the row's
  /// number (`r`).
  public var number: Int
  /// The cells' text, index = column − 1; a cell missing between others
  /// is "". A cell past the end of the row is "" too (``cell(column:)``).
  public var cells: [String]
  /// The problems of this row's cells (`place.column` set) or of the row as
  /// a whole (`place.column` nil), in the order they were found.
  public var problems: [TableProblem]

  public init(
    file: String, sheet: String? = nil, number: Int, cells: [String],
    problems: [TableProblem] = []
  ) {
    self.file = file
    self.sheet = sheet
    self.number = number
    self.cells = cells
    self.problems = problems
  }

  /// Where the cell in `column` (1-based) is: `tax.csv:17:4`,
  /// `tax.xlsx:Sheet1!D17`.
  public func place(column: Int) -> CellPlace {
    CellPlace(file: file, sheet: sheet, row: number, column: column)
  }

  /// Where the row is: `tax.csv:17`, `tax.xlsx:Sheet1!17`.
  public var place: CellPlace {
    CellPlace(file: file, sheet: sheet, row: number)
  }

  /// The text of the cell in `column` (1-based); "" past the row's end.
  public func cell(column: Int) -> String {
    column >= 1 && column <= cells.count ? cells[column - 1] : ""
  }

  /// The first problem of the cell in `column`, if it has one.
  public func problem(column: Int) -> TableProblem? {
    problems.first { $0.place.column == column }
  }
}
