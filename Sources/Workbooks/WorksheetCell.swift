/// One cell of a worksheet row.
///
/// Text is always written as text: a text that starts with `=` stays that
/// text, never a formula (libxlsxwriter's `worksheet_write_string` writes
/// a string cell, whatever it holds). A number must be finite; an integer
/// must be one a spreadsheet number holds exactly (``WorkbookLimits``).
public enum WorksheetCell: Sendable, Hashable {
  /// Text, written as it is; an empty text is an empty cell.
  case text(String)
  /// A number, shown in its column's ``NumberFormat``.
  case number(Double)
  /// A whole number, shown in its column's ``NumberFormat``.
  case integer(Int)
  /// Nothing: the cell is left out.
  case empty
}
