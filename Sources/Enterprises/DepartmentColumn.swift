public import Tables

/// One column of a department file as its header cell names it.
public struct DepartmentColumn: Sendable, Hashable {
  /// What is done with the column's cells.
  public enum Use: Sendable, Hashable {
    /// Read as the column's field.
    case read
    /// Not a column of the department-data table (`序号`, `备注`, an empty
    /// header): its cells are not read. `data check` lists these.
    case ignored
    /// One of ours, but its header has an error (a unit that does not fit,
    /// a second column for a field): its cells are not read, and each
    /// non-empty one is an error of its row, so the field has no data for
    /// that row rather than a guess.
    case rejected(DataProblem)
    /// One of ours, not read, with a warning: a second name column (names
    /// are reported, never a key, so the first one is enough).
    case skipped(DataProblem)
  }

  /// 0-based index of the column in its rows.
  public var index: Int
  /// The header cell's place.
  public var place: CellPlace
  /// The header cell's text, trimmed.
  public var header: String
  /// The field the header names, or nil.
  public var field: DepartmentField?
  /// For a figure: the unit its cells are in (the header's, or the field's
  /// default when the header names none); nil for other fields, and for a
  /// figure column whose unit was not understood.
  public var unit: FigureUnit?
  public var use: Use

  public init(
    index: Int, place: CellPlace, header: String, field: DepartmentField?,
    unit: FigureUnit?, use: Use
  ) {
    self.index = index
    self.place = place
    self.header = header
    self.field = field
    self.unit = unit
    self.use = use
  }

  /// By how much the column's figures are multiplied to be in the field's
  /// default unit: 0.0001 for `税收(元)`, 10000 for `用电量(万千瓦时)`, 1
  /// when the header gives the default unit or none; nil for non-figures.
  public var factor: Double? {
    guard let unit, let figure = field?.figure else { return nil }
    return unit.factor(to: figure.defaultUnit)
  }

  /// Whether the column's cells are looked at when a row is read: read
  /// ones, and rejected ones (whose non-empty cells are errors).
  var isInput: Bool {
    switch use {
    case .read, .rejected: true
    case .ignored, .skipped: false
    }
  }
}
