/// Why a workbook was not written, and where: the file, or a sheet or a
/// cell of it, as a clerk would look it up (`lists.xlsx:规上!E7`).
///
/// Nothing is written when the document itself is at fault (a number that
/// is not finite, a sheet with too many rows): it is checked whole before
/// the file is made. A file that cannot be made or written (a missing
/// folder, a full disk, an error of libxlsxwriter's) is an error too;
/// what was written of it is removed when ``write(to:displayName:)``
/// created it.
public struct WorkbookError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file as the caller named it.
  public var path: String
  /// The sheet's name as written; nil for the workbook as a whole.
  public var sheet: String?
  /// The cell (`E7`) or row (`7`); nil for a whole sheet or the workbook.
  public var cell: String?
  public var reason: String

  public init(path: String, sheet: String? = nil, cell: String? = nil, reason: String) {
    self.path = path
    self.sheet = sheet
    self.cell = cell
    self.reason = reason
  }

  public var description: String {
    "\(WorkbookPlace.text(path: path, sheet: sheet, cell: cell)): error: \(reason)"
  }
}

/// Something the workbook holds differently from the document, told to
/// the user: a text longer than a cell can hold, cut
/// (``WorkbookLimits/cellCharacters``).
public struct WorkbookNote: Sendable, Hashable, CustomStringConvertible {
  public var path: String
  public var sheet: String?
  public var cell: String?
  public var reason: String

  public init(path: String, sheet: String? = nil, cell: String? = nil, reason: String) {
    self.path = path
    self.sheet = sheet
    self.cell = cell
    self.reason = reason
  }

  public var description: String {
    "\(WorkbookPlace.text(path: path, sheet: sheet, cell: cell)): warning: \(reason)"
  }
}

/// Places in a workbook, written as the Tables module writes them for the
/// files it reads (`file:Sheet!B17`).
enum WorkbookPlace {
  static func text(path: String, sheet: String?, cell: String?) -> String {
    guard let sheet else { return path }
    guard let cell else { return "\(path):\(sheet)" }
    return "\(path):\(sheet)!\(cell)"
  }

  /// `E7`: column 5 (1-based), row 7.
  static func cell(row: Int, column: Int) -> String {
    columnLetters(column) + String(row)
  }

  /// `1` → `A`, `26` → `Z`, `27` → `AA`, as spreadsheets name columns.
  static func columnLetters(_ column: Int) -> String {
    var letters: [UInt8] = []
    var n = max(column, 1)
    while n > 0 {
      letters.append(UInt8(ascii: "A") + UInt8((n - 1) % 26))
      n = (n - 1) / 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
  }
}
