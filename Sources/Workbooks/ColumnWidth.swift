/// How wide a column is, in Excel's unit: the width of one `0` of the
/// sheet's default font (Calibri 11 in a workbook libxlsxwriter writes).
public enum ColumnWidth: Sendable, Hashable {
  /// Fitted to the widest cell of the column (``ColumnFitting``).
  case fitted
  /// This width (0...255, Excel's range; a width outside it is taken as
  /// its nearest end).
  case fixed(Double)
}
