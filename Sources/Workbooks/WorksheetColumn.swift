/// One column of a worksheet: its header, how it shows numbers and how
/// wide it is.
public struct WorksheetColumn: Sendable, Hashable {
  /// The text of the header row (bold) in this column.
  public var header: String
  /// The format of the column's number and integer cells, and of its text
  /// cells when it is `.text`.
  public var format: NumberFormat
  public var width: ColumnWidth

  public init(_ header: String, format: NumberFormat = .general, width: ColumnWidth = .fitted) {
    self.header = header
    self.format = format
    self.width = width
  }
}
