public import Tables

/// One department data file read whole (records.md, "Department data
/// files"): each sheet whose first rows name a credit-code column, its
/// header recognised and its rows read; and the problems of the file
/// itself (it cannot be read, a sheet is damaged or has no header, a cell
/// cannot be decoded, a header's unit does not fit). The rows' own
/// problems travel with the rows (``DepartmentRow/problems``) and come out
/// of the merge (``DepartmentMerge``), where they are reported once.
public struct DepartmentFile: Sendable {
  /// One sheet (a CSV file's only one): its header, if found, and how many
  /// rows were read under it.
  public struct Sheet: Sendable {
    public var name: String?
    public var header: DepartmentHeader?
    public var rows = 0
  }

  public var displayName: String
  /// The encoding a CSV file was read in; nil for xlsx.
  public var encoding: TableEncoding?
  public var sheets: [Sheet] = []
  public var rows: [DepartmentRow] = []
  public var problems: [DataProblem] = []

  /// Reads `path` (named `displayName` in places and messages). Rows
  /// without a year cell take `defaultYear` (`--year`). Never throws: a
  /// file that cannot be read is a problem at its first line.
  public static func read(
    path: String, displayName: String? = nil, encoding: TableEncoding = .automatic,
    defaultYear: Int?
  ) -> DepartmentFile {
    let name = displayName ?? path
    var result = DepartmentFile(displayName: name)
    let file: TableFile
    do {
      file = try TableFile.open(path: path, displayName: name, encoding: encoding)
    } catch {
      result.problems.append(DataProblem(.unreadable, at: error.place, error.message))
      return result
    }
    for sheet in file { result.read(sheet, defaultYear: defaultYear) }
    return result
  }

  /// Finds the sheet's header in its first rows (``DepartmentHeader/searchedRows``)
  /// and reads the rows below it; a sheet with none is skipped, with a
  /// warning.
  private mutating func read(_ sheet: TableSheet, defaultYear: Int?) {
    if let encoding = sheet.encoding { self.encoding = encoding }
    var summary = Sheet(name: sheet.name)
    defer { sheets.append(summary) }
    var items = sheet.makeIterator()
    var top: [TableRow] = []
    looking: while top.count < DepartmentHeader.searchedRows, let item = items.next() {
      switch item {
      case .row(let row):
        top.append(row)
        if DepartmentHeader.namesKeyColumn(Self.cells(row)) { break looking }
      case .problem(let problem): add(problem)
      }
    }
    let start = CellPlace(file: sheet.file, sheet: sheet.name, row: top.first?.number ?? 1)
    switch DepartmentHeader.find(in: top.map(Self.cells), defaultYear: defaultYear, start: start) {
    case .notFound(let warning):
      problems.append(warning)
    case .found(let header, let offset):
      problems += header.problems
      summary.header = header
      for row in top[(offset + 1)...] { summary.rows += add(row, under: header) }
      while let item = items.next() {
        switch item {
        case .row(let row): summary.rows += add(row, under: header)
        case .problem(let problem): add(problem)
        }
      }
    }
  }

  /// Reads one data row: 1 when it gave a row, 0 for a blank one.
  private mutating func add(_ row: TableRow, under header: DepartmentHeader) -> Int {
    for problem in row.problems { add(problem) }
    guard let read = header.read(Self.cells(row)) else { return 0 }
    rows.append(read)
    return 1
  }

  private mutating func add(_ problem: TableProblem) {
    problems.append(DataProblem(.unreadable, at: problem.place, problem.message))
  }

  static func cells(_ row: TableRow) -> RowCells {
    RowCells(row.cells, place: row.place)
  }
}
