/// What a sheet hands out, one at a time, in file order.
public enum TableItem: Sendable, Hashable {
  /// A row with at least one cell that is not empty, or with a problem.
  /// Its cells' problems travel with it (``TableRow/problems``).
  case row(TableRow)
  /// A problem of no one row: the sheet's part is missing or damaged, its
  /// XML stops being readable (no row follows then), a row number is out
  /// of range.
  case problem(TableProblem)
}
