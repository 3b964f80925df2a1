/// A department's data file, CSV or xlsx, opened for reading: the single
/// entry point of this module.
///
/// ```swift
/// let file = try TableFile.open(path: path, displayName: "tax-2024.xlsx")
/// for sheet in file {              // CSV: one sheet; xlsx: each worksheet in order
///   for item in sheet {            // rows and problems in file order
///     switch item {
///     case .row(let row):          // row.cells, row.number, row.place(column:)
///       _ = row.problems           // its cells' problems, at their columns
///     case .problem(let problem):  // a problem of no one row
///       print(problem)             // tax-2024.xlsx:Sheet1: error: …
///     }
///   }
/// }
/// ```
///
/// The format is told by content, not name: a zip archive is an xlsx
/// workbook; an old binary workbook (.xls, or a password-protected
/// .xlsx), a web page or an Excel 2003 XML sheet saved under an .xls name
/// is refused with what to do; anything else is read as CSV. `open`
/// throws only when nothing of the file can be read (cannot be opened,
/// not a table file, an xlsx whose workbook part is damaged); everything
/// else is a problem handed out where it lies, and reading goes on.
///
/// Rows are read as the caller asks for them: a CSV file's text is held
/// once (its bytes, or their UTF-8 text when it was in another encoding),
/// an xlsx sheet's XML is unpacked when the caller first asks the sheet
/// for an item (a sheet passed over is never unpacked) and read a row at
/// a time. Entirely empty rows are skipped. `TableFile` and `TableSheet`
/// are iterators: iterate each once, on one task.
public struct TableFile: Sequence, IteratorProtocol {
  /// The file as the user named it (used in every place and message).
  public let displayName: String
  /// The worksheets' names in workbook order; empty for CSV.
  public let sheetNames: [String]

  private var csv: CSVReader?
  private var workbook: XLSXWorkbook?
  private var nextSheet = 0

  /// Opens `path`; `displayName` (default: `path`) names it in places and
  /// messages. `encoding` applies to CSV (``TableEncoding``).
  public static func open(
    path: String, displayName: String? = nil, encoding: TableEncoding = .automatic
  ) throws(TableProblem) -> TableFile {
    try open(path: path, displayName: displayName, encoding: encoding, limits: TableLimits())
  }

  package static func open(
    path: String, displayName: String?, encoding: TableEncoding, limits: TableLimits
  ) throws(TableProblem) -> TableFile {
    let name = displayName ?? path
    let bytes = try FileBytes.load(path: path, displayName: name, limit: limits.maxFileBytes)
    switch try TableFormat.of(bytes, path: path, file: name) {
    case .xlsx:
      let workbook = try XLSXWorkbook(bytes: bytes, file: name, limits: limits)
      return TableFile(
        displayName: name, sheetNames: workbook.sheets.map(\.name), workbook: workbook)
    case .csv:
      let text = try TextDecoding.decode(bytes, as: encoding, file: name)
      let reader = CSVReader(
        text: text, file: name, separator: TableFormat.separator(of: text),
        maxCellBytes: limits.maxCellBytes)
      return TableFile(displayName: name, sheetNames: [], csv: reader)
    }
  }

  private init(
    displayName: String, sheetNames: [String], csv: CSVReader? = nil, workbook: XLSXWorkbook? = nil
  ) {
    self.displayName = displayName
    self.sheetNames = sheetNames
    self.csv = csv
    self.workbook = workbook
  }

  /// The next sheet: a CSV file's one, or the workbook's next worksheet
  /// (its part unpacked when its first item is asked for; a sheet that
  /// cannot be read hands out that problem); nil after the last.
  public mutating func next() -> TableSheet? {
    if let csv {
      self.csv = nil
      return TableSheet(csv: csv)
    }
    guard let workbook, nextSheet < workbook.sheets.count else { return nil }
    defer { nextSheet += 1 }
    return TableSheet(workbook: workbook, index: nextSheet)
  }
}
