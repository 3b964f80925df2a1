public import XMLStream

/// The expected verdicts of one rule-set test case (`NAME.expected` next
/// to the land records `NAME.xml`): tab-separated, a header row naming
/// the columns, then one row per parcel. Lines starting with `#` are
/// comments; before the header, `year: 2024` or `date: 2024-12-31` sets
/// the evaluated year or the date whose rules apply.
///
/// Columns: `parcel` and `status` (required); `failed` (the indicators
/// whose checks fail, comma-separated, empty for none); `class` (the
/// scoring class, `-` for not scored); any indicator name (its value to
/// 4 decimals, empty for no data). A column left out is not checked.
public struct RuleTestExpectations: Sendable {
  public struct Expectation: Sendable {
    public var parcel: String
    /// Column name → expected cell, for every column but `parcel`.
    public var cells: [(column: String, value: String)]
    public var location: SourceLocation
  }

  public var year: Int?
  public var date: String?
  public var expectations: [Expectation] = []
  /// Problems with the file itself.
  public var problems: [Diagnostic] = []

  public static let knownColumns = ["parcel", "status", "failed", "class"]

  public init(text: String, path: String, indicatorNames: [String]) {
    var header: [String]?
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
      let at = SourceLocation(file: path, line: offset + 1, column: 1)
      if line.hasPrefix("#") || line.allSatisfy({ $0 == " " }) { continue }
      guard let columns = header else {
        if line.hasPrefix("year:") || line.hasPrefix("date:") {
          setting(line, at: at)
          continue
        }
        let names = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        for name in names
        where !Self.knownColumns.contains(name) && !indicatorNames.contains(name) {
          problems.append(
            Diagnostic(
              at: at,
              "unknown column \"\(name)\"; expected parcel, status, failed, class or an indicator name"
            ))
        }
        if names.first != "parcel" || !names.contains("status") {
          problems.append(
            Diagnostic(at: at, "the header must start with parcel and name a status column"))
        }
        header = names
        continue
      }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count == columns.count, let parcel = cells.first, !parcel.isEmpty else {
        problems.append(
          Diagnostic(
            at: at,
            "expected \(columns.count) tab-separated cells (\(columns.joined(separator: ", "))), found \(cells.count)"
          ))
        continue
      }
      expectations.append(
        Expectation(
          parcel: parcel, cells: Array(zip(columns, cells).dropFirst()).map { ($0.0, $0.1) },
          location: at))
    }
    if header == nil {
      problems.append(
        Diagnostic(
          at: SourceLocation(file: path, line: 1, column: 1),
          "no header row; expected a first row such as parcel<TAB>status<TAB>failed"))
    }
  }

  private mutating func setting(_ line: String, at: SourceLocation) {
    let value = Lexical.trimmed(String(line.dropFirst(5)))
    if line.hasPrefix("year:") {
      if let year = Int(value), (1900...2200).contains(year) {
        self.year = year
      } else {
        problems.append(Diagnostic(at: at, "invalid year \"\(value)\"; expected four digits"))
      }
    } else if let date = Lexical.date(value) {
      self.date = date
    } else {
      problems.append(Diagnostic(at: at, "invalid date \"\(value)\"; expected YYYY-MM-DD"))
    }
  }
}
