public import Land
public import Tables

/// One data row of a department file, read against its header: the
/// enterprise's code, name, year and scale, each figure present in its
/// field's default unit with its cell, and every problem of the row. A bad
/// cell is never 0 and never stops the row's other cells.
public struct DepartmentRow: Sendable, Hashable {
  /// The row's place (no column).
  public var place: CellPlace
  /// The credit code cell's text, trimmed, as written (empty when none).
  public var codeText: String
  /// The code in normal form when the text has the code's form (18
  /// characters of its set), whether or not the check character is right:
  /// rows are grouped under it, and an enterprise whose code fails its
  /// check is reported under it, with errors, never merged into another.
  public var code: String?
  /// The code when it passed its check (GB 32100-2015).
  public var creditCode: CreditCode?
  /// The enterprise's name as the row gives it (reported, never a key).
  public var name: Sourced<String>?
  /// The performance year: the year cell's, or the header's default year
  /// when the file has no year column.
  public var year: Int?
  /// 规上 (`above`) or 规下 (`below`) designated size, when given.
  public var scale: Sourced<HolderScale>?
  /// The figures present, in column order, in their fields' default units.
  public var figures: [DepartmentFigure]
  /// Fields whose cell held something that could not be read (a bad
  /// number or scale, a cell of a column whose header has an error): they
  /// have no data for this enterprise and year, and do not fall back to
  /// another source (records.md, "Who is an enterprise").
  public var failedFields: [DepartmentField]
  /// The row's errors, in column order.
  public var problems: [DataProblem]

  public init(
    place: CellPlace, codeText: String = "", code: String? = nil,
    creditCode: CreditCode? = nil, name: Sourced<String>? = nil, year: Int? = nil,
    scale: Sourced<HolderScale>? = nil, figures: [DepartmentFigure] = [],
    failedFields: [DepartmentField] = [], problems: [DataProblem] = []
  ) {
    self.place = place
    self.codeText = codeText
    self.code = code
    self.creditCode = creditCode
    self.name = name
    self.year = year
    self.scale = scale
    self.figures = figures
    self.failedFields = failedFields
    self.problems = problems
  }

  /// Whether the row's code passed its check character.
  public var codePassedCheck: Bool { creditCode != nil }

  /// Whether the row can be joined to land records: its code passed its
  /// check and it has a year.
  public var isJoinable: Bool { creditCode != nil && year != nil }

  /// The figure of `field`, if the row has one.
  public func figure(_ field: PerformanceField) -> DepartmentFigure? {
    figures.first { $0.field == field }
  }
}
