/// What a worksheet can hold (Excel's specifications and limits, "Excel
/// specifications and limits", Microsoft Support; the same numbers are
/// libxlsxwriter's `LXW_ROW_MAX`, `LXW_COL_MAX` and `LXW_STR_MAX`).
public enum WorkbookLimits {
  /// Rows in a worksheet: 1,048,576 (2^20), titles and header included.
  public static let rows = 1_048_576
  /// Columns in a worksheet: 16,384 (2^14, A to XFD).
  public static let columns = 16_384
  /// Characters in a cell: 32,767 (counted as Excel counts them, in
  /// UTF-16 code units: a character beyond the Basic Multilingual Plane
  /// counts 2).
  public static let cellCharacters = 32_767
  /// Characters in a sheet's name: 31 (counted in UTF-16 code units).
  public static let sheetNameCharacters = 31
  /// The largest magnitude an integer cell may have: 2^53, past which a
  /// spreadsheet number (an IEEE 754 double) no longer holds every whole
  /// number exactly.
  public static let exactInteger = 9_007_199_254_740_992
}
