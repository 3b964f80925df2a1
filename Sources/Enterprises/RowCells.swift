public import Tables

/// One row of a tabular file as the department-data code reads it: the
/// cells' texts and where the row is, so each cell's place can be named.
/// (Independent of how `Tables` reads files: any reader can hand rows in.)
public struct RowCells: Sendable, Hashable {
  /// The cells' texts, first column first.
  public var cells: [String]
  /// The row's place, without a column: `tax.csv:17`, `tax.xlsx:Sheet1!17`.
  public var place: CellPlace

  public init(_ cells: [String], place: CellPlace) {
    self.cells = cells
    var row = place
    row.column = nil
    self.place = row
  }

  /// The text of the cell at a 0-based `index`; an empty string past the
  /// row's last cell (a short row's missing cells are empty cells).
  public subscript(index: Int) -> String {
    cells.indices.contains(index) ? cells[index] : ""
  }

  /// The place of the cell at a 0-based `index` (column `index + 1`).
  public func place(ofColumn index: Int) -> CellPlace {
    var cell = place
    cell.column = index + 1
    return cell
  }
}
