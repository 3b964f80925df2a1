/// Where a cell of a tabular file is, as a clerk would look it up: a CSV
/// file's line and column (`tax-2024.csv:17:4`), an xlsx sheet's cell
/// (`tax-2024.xlsx:Sheet1!D17`).
public struct CellPlace: Sendable, Hashable, CustomStringConvertible {
  /// The file as the user named it.
  public var file: String
  /// The sheet's name in an xlsx workbook; nil for CSV.
  public var sheet: String?
  /// 1-based: a CSV file's line where the row starts; an xlsx row number.
  /// 0: the file (or the sheet) as a whole, for a problem of no one row.
  public var row: Int
  /// 1-based column: the cell's place in its row, as a spreadsheet counts
  /// it (CSV: the n-th cell of the row; xlsx: A = 1). Nil when the place is
  /// a whole row.
  public var column: Int?

  public init(file: String, sheet: String? = nil, row: Int, column: Int? = nil) {
    self.file = file
    self.sheet = sheet
    self.row = row
    self.column = column
  }

  /// The file (or one sheet of it) as a whole: row 0, no column.
  public init(file: String, sheet: String? = nil) {
    self.init(file: file, sheet: sheet, row: 0)
  }

  public var description: String {
    if row <= 0 { return sheet.map { "\(file):\($0)" } ?? file }
    guard let sheet else {
      guard let column else { return "\(file):\(row)" }
      return "\(file):\(row):\(column)"
    }
    guard let column else { return "\(file):\(sheet)!\(row)" }
    return "\(file):\(sheet)!\(Self.columnLetters(column))\(row)"
  }

  /// `1` → `A`, `26` → `Z`, `27` → `AA`, as spreadsheets name columns.
  public static func columnLetters(_ column: Int) -> String {
    var letters: [UInt8] = []
    var n = max(column, 1)
    while n > 0 {
      let digit = (n - 1) % 26
      letters.append(UInt8(ascii: "A") + UInt8(digit))
      n = (n - 1) / 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
  }
}
