/// The sizes past which a file's content is a problem rather than data:
/// hostile or broken files must not take unbounded memory or time.
package struct TableLimits: Sendable, Hashable {
  /// A file larger than this is refused before it is read. Department data
  /// files are a few MB; a file this large is the wrong file.
  package var maxFileBytes = 1 << 30
  /// A cell with more bytes of text than this is a problem for that cell
  /// (read as empty). Excel holds at most 32 767 characters in a cell
  /// ("Excel specifications and limits"), under 128 kB in UTF-8.
  package var maxCellBytes = 1 << 20
  /// A part of an xlsx workbook that unpacks to more than this is not read
  /// (a zip bomb), counted while unpacking, whatever the zip claims.
  package var maxPartBytes = 256 << 20
  /// A workbook with more parts than this is refused; Excel writes a few
  /// dozen.
  package var maxParts = 10_000

  package init() {}

  /// The most columns and rows a sheet has: XFD and 1 048 576 (Excel
  /// 2007 and later, "Excel specifications and limits"). A CSV row with
  /// more cells than a sheet has columns is a problem too.
  static let maxColumns = 16_384
  static let maxRows = 1_048_576
}
