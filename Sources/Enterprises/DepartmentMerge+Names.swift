import Tables

extension DepartmentMerge {
  /// The first name met for a code, and the names already warned about.
  struct NameRecord: Sendable {
    var file: Int
    var first: Sourced<String>
    var warned: Set<String> = []
  }

  /// A warning when `row` gives its code a name other than the first one
  /// met for the code in another file; once per code and name. Names are
  /// compared with full-width forms narrowed, white space dropped and
  /// ASCII letters in any case, so `（集团）` and `(集团)` agree.
  mutating func noteName(of row: DepartmentRow, code: String, file: Int) -> DataProblem? {
    guard let name = row.name else { return nil }
    guard var record = names[code] else {
      names[code] = NameRecord(file: file, first: name)
      return nil
    }
    // The same text (the usual case) needs no normalising.
    guard record.file != file, record.first.value != name.value else { return nil }
    let normalised = Self.comparable(name.value)
    guard normalised != Self.comparable(record.first.value), !record.warned.contains(normalised)
    else { return nil }
    record.warned.insert(normalised)
    names[code] = record
    return DataProblem(
      .differentName, at: name.source, severity: .warning,
      "the name '\(name.value)' differs from '\(record.first.value)' at \(record.first.source)"
        + " for the same credit code \(code); the code decides which enterprise the row is:"
        + " check that it is right")
  }

  static func comparable(_ name: String) -> String {
    CellText.asciiLowercased(String(CellText.narrowed(name).filter { !$0.isWhitespace }))
  }
}
