/// A worksheet checked whole before anything is written: its column
/// widths and the notes for its cells; the first thing a worksheet cannot
/// hold is thrown instead.
struct WorksheetPlan {
  /// The sheet's name as written.
  var name: String
  /// Per column (index = column − 1): the width to set, nil for Excel's
  /// default.
  var widths: [Double?]
  /// Texts cut to fit a cell, in sheet order.
  var notes: [WorkbookNote]

  /// Checks `sheet`, to be written as `name` into the file `path` (as the
  /// caller names it): not too many rows or columns, every number finite,
  /// every integer one a spreadsheet holds exactly.
  init(_ sheet: WorksheetDocument, name: String, path: String) throws(WorkbookError) {
    self.name = name
    widths = []
    notes = []
    let rowCount = sheet.rowCount
    guard rowCount <= WorkbookLimits.rows else {
      throw WorkbookError(
        path: path, sheet: name,
        reason:
          "the sheet has \(rowCount) rows (\(sheet.titles.count) title rows, the header and \(sheet.rows.count) rows), more than the \(WorkbookLimits.rows) a worksheet holds: split the rows over more sheets"
      )
    }
    let columnCount = sheet.columnCount
    guard columnCount <= WorkbookLimits.columns else {
      throw WorkbookError(
        path: path, sheet: name,
        reason:
          "the sheet has \(columnCount) columns, more than the \(WorkbookLimits.columns) a worksheet holds"
      )
    }
    for (index, title) in sheet.titles.enumerated() {
      note(title, row: index + 1, column: 1, path: path)
    }
    var units = [Int](repeating: 0, count: columnCount)
    for (index, column) in sheet.columns.enumerated() {
      note(column.header, row: sheet.headerRow, column: index + 1, path: path)
      units[index] = DisplayWidth.of(column.header, upTo: ColumnFitting.widestCell)
    }
    for (index, row) in sheet.rows.enumerated() {
      for (column, cell) in row.enumerated() {
        let format = column < sheet.columns.count ? sheet.columns[column].format : .general
        let place = (row: sheet.sheetRow(ofRow: index), column: column + 1)
        switch cell {
        case .empty: continue
        case .text(let text): note(text, row: place.row, column: place.column, path: path)
        case .number(let value):
          guard value.isFinite else {
            throw error(
              "the number \(value) is not finite; a spreadsheet cell holds only finite numbers: leave the cell empty",
              at: place, path: path)
          }
        case .integer(let value):
          guard value.magnitude <= UInt(WorkbookLimits.exactInteger) else {
            throw error(
              "the integer \(value) is larger in magnitude than \(WorkbookLimits.exactInteger) (2^53), the largest a spreadsheet number holds exactly: write it as text",
              at: place, path: path)
          }
        }
        if units[column] < ColumnFitting.widestCell {
          units[column] = max(units[column], ColumnFitting.width(of: cell, format: format))
        }
      }
    }
    widths = units.enumerated().map { column, units in
      if column < sheet.columns.count, case .fixed(let width) = sheet.columns[column].width {
        return min(max(width, 0), 255)
      }
      return ColumnFitting.width(forWidestCell: units)
    }
  }

  /// Notes a text that is too long for its cell.
  private mutating func note(_ text: String, row: Int, column: Int, path: String) {
    guard let kept = CellText(text).kept else { return }
    notes.append(
      WorkbookNote(
        path: path, sheet: name, cell: WorkbookPlace.cell(row: row, column: column),
        reason:
          "the text has \(text.utf16.count) characters, more than the \(WorkbookLimits.cellCharacters) a cell holds; only its first \(kept) are written: shorten it where it comes from"
      ))
  }

  private func error(_ reason: String, at place: (row: Int, column: Int), path: String)
    -> WorkbookError
  {
    WorkbookError(
      path: path, sheet: name, cell: WorkbookPlace.cell(row: place.row, column: place.column),
      reason: reason)
  }
}
