/// One table of a file: a CSV file's only one, or one worksheet of an xlsx
/// workbook. Hands out its rows and problems one at a time, in file order
/// (``TableItem``); iterate it once (`for item in sheet`).
public struct TableSheet: Sequence, IteratorProtocol {
  /// The file as the user named it.
  public let file: String
  /// The sheet's name; nil for CSV.
  public let name: String?
  /// True for a sheet the workbook hides (Excel's "Hide" or "very hidden").
  public let isHidden: Bool
  /// CSV: the encoding the text was read in (never `.automatic`); nil for
  /// xlsx.
  public let encoding: TableEncoding?

  private var csv: CSVReader?
  private var xlsx: XLSXSheetReader?
  /// The workbook and the sheet's index in it, until the sheet's part is
  /// unpacked: when the first item is asked for, so a sheet passed over
  /// costs nothing.
  private var unopened: (workbook: XLSXWorkbook, index: Int)?
  /// A problem that keeps the sheet from being read, told first.
  private var pending: TableProblem?

  init(csv: CSVReader) {
    file = csv.file
    name = nil
    isHidden = false
    encoding = csv.encoding
    self.csv = csv
  }

  init(workbook: XLSXWorkbook, index: Int) {
    let sheet = workbook.sheets[index]
    file = workbook.package.file
    name = sheet.name
    isHidden = sheet.isHidden
    encoding = nil
    unopened = (workbook, index)
  }

  /// The next row or problem; nil at the end of the sheet.
  public mutating func next() -> TableItem? {
    if let (workbook, index) = unopened {
      unopened = nil
      switch workbook.reader(for: index) {
      case .success(let reader): xlsx = reader
      case .failure(let problem): pending = problem
      }
    }
    if let problem = pending {
      pending = nil
      return .problem(problem)
    }
    if csv != nil { return csv?.next().map(TableItem.row) }
    return xlsx?.next()
  }
}
