public import Tables

/// The header row of a department data file or sheet and what each of its
/// columns holds (records.md, "Department data files" and "Who is an
/// enterprise": headers, units).
public struct DepartmentHeader: Sendable, Hashable {
  /// The header row's place.
  public var place: CellPlace
  /// One per header cell, in order (ignored ones included, for `data check`).
  public var columns: [DepartmentColumn]
  /// The year of every row when the header has no year column (`--year`).
  public var defaultYear: Int?
  /// The header's errors and warnings, in column order; a missing year
  /// (no year column, no default year) last.
  public var problems: [DataProblem]

  /// How many rows from the top the header is looked for in.
  public static let searchedRows = 10

  /// Recognises the columns of `row` as a header.
  public init(_ row: RowCells, defaultYear: Int?) {
    self.place = row.place
    self.defaultYear = defaultYear
    var columns: [DepartmentColumn] = []
    var problems: [(column: Int, problem: DataProblem)] = []
    for (index, text) in row.cells.enumerated() {
      let column = Self.recognise(text, index: index, place: row.place(ofColumn: index))
      if case .rejected(let problem) = column.use { problems.append((index, problem)) }
      columns.append(column)
    }
    problems += Self.rejectDuplicates(in: &columns)
    self.columns = columns
    // Stable by column: a column's unit problem before its duplicate one.
    self.problems = problems.enumerated()
      .sorted { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }
      .map(\.element.problem)
    if defaultYear == nil, !hasYearColumn {
      self.problems.append(
        DataProblem(
          .noYear, at: row.place,
          "the header has no year column (年度, 年份 or year) and no year was given:"
            + " add a year column, or give the year the figures are for with --year;"
            + " until then no row can be matched to an enterprise"))
    }
  }

  /// The column read for `field`, if there is one.
  public func column(for field: DepartmentField) -> DepartmentColumn? {
    columns.first { $0.field == field && $0.use == .read }
  }

  /// Whether `row` names a key column: any cell whose name (before a
  /// bracketed unit or remark) is one of the credit code's header names.
  public static func namesKeyColumn(_ row: RowCells) -> Bool {
    row.cells.contains { DepartmentField.named(split($0).name) == .creditCode }
  }

  /// The first of `rows` (the top of a sheet or file; only the first
  /// ``searchedRows`` are looked at) that names a key column, as a header;
  /// the rows above it are titles. When none does, a warning at `start`
  /// (where the sheet or file begins) says it is skipped.
  public static func find(
    in rows: some Sequence<RowCells>, defaultYear: Int?, start: CellPlace
  ) -> HeaderSearch {
    for (offset, row) in rows.prefix(searchedRows).enumerated() where namesKeyColumn(row) {
      return .found(DepartmentHeader(row, defaultYear: defaultYear), offset: offset)
    }
    let what = start.sheet == nil ? "file" : "sheet"
    return .notFound(
      DataProblem(
        .noHeader, at: start, severity: .warning,
        "no header row naming a credit code column (统一社会信用代码, 信用代码, 纳税人识别号"
          + " or creditCode) in the first \(searchedRows) rows; the \(what) is skipped"))
  }
}

/// What ``DepartmentHeader/find(in:defaultYear:start:)`` found.
public enum HeaderSearch: Sendable, Hashable {
  /// The header, at `offset` in the rows given (0 for the first row); the
  /// data rows follow it.
  case found(DepartmentHeader, offset: Int)
  /// No header: the warning that the sheet or file is skipped.
  case notFound(DataProblem)
}
