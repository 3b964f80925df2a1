import XMLStream

/// Reads a worksheet's rows (`worksheet` > `sheetData` > `row`), one XML
/// record per row, so a sheet of any length takes the memory of its part
/// and one row. The `dimension` a sheet claims is never used: cells are
/// placed by their own references (`D17`), or after the cell before them
/// when they have none.
struct XLSXSheetReader {
  let part: XLSXPart
  let file: String
  let sheet: String
  let strings: SharedStrings
  let maxCellBytes: Int
  /// The last row's number, for a row without `r`.
  var lastRow = 0
  var finished = false

  init(
    bytes: [UInt8], part: String, file: String, sheet: String, strings: SharedStrings,
    maxCellBytes: Int
  ) {
    self.part = XLSXPart(bytes: bytes, path: part, depth: 3)
    self.file = file
    self.sheet = sheet
    self.strings = strings
    self.maxCellBytes = maxCellBytes
  }

  /// The next row that holds text (or a problem), or a problem of no one
  /// row; nil at the end of the sheet.
  mutating func next() -> TableItem? {
    while !finished, let result = part.next() {
      switch result {
      case .success(let record):
        guard record.name == "row" else { continue }
        if let item = row(record) { return item }
      case .failure(let failure):
        finished = true
        // Inside a row: at that row, when it says its number.
        let number = failure.partial?.attribute("r").flatMap { Int($0) } ?? 0
        let row = number >= 1 && number <= TableLimits.maxRows ? number : 0
        return .problem(failure.problem(at: CellPlace(file: file, sheet: sheet, row: row)))
      }
    }
    finished = true
    return nil
  }

  /// A row record made a row; nil when it holds no text and no problem.
  mutating func row(_ record: XMLElement) -> TableItem? {
    // Without `r`, the row after the last one.
    let r = record.attribute("r") ?? String(lastRow + 1)
    guard let number = Int(r), number >= 1, number <= TableLimits.maxRows else {
      return .problem(
        TableProblem(
          at: CellPlace(file: file, sheet: sheet),
          "row \"\(r)\" (\(part.path) line \(record.location.line)) is not a row number from 1 to \(TableLimits.maxRows), as a sheet has; the row is not read: the workbook is damaged: open it in Excel or WPS and save it again"
        ))
    }
    lastRow = number
    var cells: [String] = []
    var problems: [TableProblem] = []
    var nextColumn = 1
    for cell in record.children where cell.name == "c" {
      guard let column = cellColumn(cell, row: number, next: nextColumn, problems: &problems)
      else { continue }
      nextColumn = column + 1
      let place = CellPlace(file: file, sheet: sheet, row: number, column: column)
      let (text, problem) = value(of: cell, at: place)
      if let problem { problems.append(problem) }
      guard !text.isEmpty else { continue }
      if cells.count >= column, !cells[column - 1].isEmpty {
        problems.append(
          TableProblem(
            at: place,
            "the row holds this cell twice; the second is not read: the workbook is damaged: open it in Excel or WPS and save it again"
          ))
        continue
      }
      if cells.count < column {
        cells.append(contentsOf: repeatElement("", count: column - cells.count))
      }
      cells[column - 1] = text
    }
    guard !cells.isEmpty || !problems.isEmpty else { return nil }
    return .row(
      TableRow(file: file, sheet: sheet, number: number, cells: cells, problems: problems))
  }

  /// The column of a cell: from its reference, else after the one before;
  /// nil, with a problem, when that is no column of a sheet.
  func cellColumn(_ cell: XMLElement, row: Int, next: Int, problems: inout [TableProblem]) -> Int? {
    let rowPlace = CellPlace(file: file, sheet: sheet, row: row)
    let damaged =
      "the cell is not read: the workbook is damaged: open it in Excel or WPS and save it again"
    guard let reference = cell.attribute("r") else {
      guard next > TableLimits.maxColumns else { return next }
      problems.append(
        TableProblem(
          at: rowPlace, "a cell without a reference follows the last column (XFD); \(damaged)"))
      return nil
    }
    switch CellReference(reference) {
    case .cell(let column, let cellRow) where cellRow == row:
      return column
    case .cell:
      problems.append(
        TableProblem(
          at: rowPlace, "the cell reference \(reference) is not in row \(row); \(damaged)"))
    case .outOfRange:
      problems.append(
        TableProblem(
          at: rowPlace,
          "the cell reference \(reference) is past the last column (XFD) or row (\(TableLimits.maxRows)) a sheet has; \(damaged)"
        ))
    case .malformed:
      problems.append(
        TableProblem(
          at: rowPlace,
          "the cell reference \"\(reference)\" is not a column and row like D17; \(damaged)"))
    }
    return nil
  }
}
