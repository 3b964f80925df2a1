public import Tables

/// Something wrong (or worth a look) in a department data file, at the cell
/// or row it concerns, worded for the clerk who has to correct the file:
/// what was found, what was expected, what to do.
///
/// Rendered like a compiler's diagnostic, `tax.csv:5:4: error: …` or
/// `tax.xlsx:Sheet1!D5: warning: …`, so editors and `grep` can find it.
public struct DataProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// An error takes the cell's (or row's, or column's) data out of the
  /// evaluation; a warning changes nothing and only asks for a look.
  public enum Severity: String, Sendable, Hashable {
    case error
    case warning
  }

  /// What kind of problem this is, for callers that count or group them
  /// (the join report); extensible without breaking callers that switch
  /// on it.
  public struct Kind: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// A cell that should hold a number does not.
    public static let notANumber = Kind(rawValue: "notANumber")
    /// A credit code that is missing, of the wrong length or characters, or
    /// fails its check character.
    public static let badCreditCode = Kind(rawValue: "badCreditCode")
    /// A year cell that is empty or not a year.
    public static let badYear = Kind(rawValue: "badYear")
    /// A scale cell that is neither 规上 nor 规下.
    public static let badScale = Kind(rawValue: "badScale")
    /// A header's unit that is unknown or does not fit the column's field.
    public static let badUnit = Kind(rawValue: "badUnit")
    /// Two header cells naming the same field.
    public static let duplicateColumn = Kind(rawValue: "duplicateColumn")
    /// A cell in a column that is not read because its header has an error.
    public static let columnNotRead = Kind(rawValue: "columnNotRead")
    /// A sheet or file whose first rows name no credit-code column.
    public static let noHeader = Kind(rawValue: "noHeader")
    /// A header with no year column when no default year was given.
    public static let noYear = Kind(rawValue: "noYear")
    /// Two rows of one file for the same enterprise and year.
    public static let duplicateRow = Kind(rawValue: "duplicateRow")
    /// One field of one enterprise and year with different values in two files.
    public static let conflictingFiles = Kind(rawValue: "conflictingFiles")
    /// One credit code under different names in two files.
    public static let differentName = Kind(rawValue: "differentName")
    /// A file, sheet or cell that cannot be read (damaged, not a table, a
    /// byte sequence that is no character in the file's encoding).
    public static let unreadable = Kind(rawValue: "unreadable")
    /// A corrections file's row that cannot be applied.
    public static let badCorrection = Kind(rawValue: "badCorrection")
  }

  /// The cell, row (column nil) or header cell concerned.
  public var place: CellPlace
  public var severity: Severity
  public var kind: Kind
  /// What was found, what was expected, what to do; no place, no severity.
  public var message: String

  public init(_ kind: Kind, at place: CellPlace, severity: Severity = .error, _ message: String) {
    self.place = place
    self.severity = severity
    self.kind = kind
    self.message = message
  }

  public var description: String { "\(place): \(severity.rawValue): \(message)" }
}
