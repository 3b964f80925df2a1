/// A workbook to be written: its sheets in order and its document
/// properties. A value; ``write(to:displayName:)`` makes the file.
///
/// The same document always gives the same cells, formats, widths and
/// properties; written with libxlsxwriter, whose zip entries carry a fixed
/// date (1980-01-01) and whose creation time is the one in
/// ``WorkbookProperties/created``, it gives the same bytes too.
public struct WorkbookDocument: Sendable, Hashable {
  public var sheets: [WorksheetDocument]
  public var properties: WorkbookProperties

  public init(sheets: [WorksheetDocument], properties: WorkbookProperties) {
    self.sheets = sheets
    self.properties = properties
  }

  /// The sheets' names as they are written, in order: each made valid and
  /// unique from the name asked for (``SheetNames``).
  public var sheetNames: [String] { SheetNames.valid(sheets.map(\.name)) }
}
