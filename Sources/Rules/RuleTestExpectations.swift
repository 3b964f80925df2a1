public import XMLStream

/// The expected results of one rule-set test case (`NAME.expected` next
/// to the land records `NAME.xml`): tab-separated, a header row naming
/// the columns, then one row per parcel or per enterprise. Lines starting
/// with `#` are comments; before the header, `year: 2024` or
/// `date: 2024-12-31` sets the evaluated year or the date whose rules apply.
///
/// A table keyed by `parcel` checks parcel verdicts: `status` (required);
/// `failed` (the indicators whose checks fail, comma-separated, empty for
/// none); `class` (the scoring class, `-` for not scored); any indicator
/// name (its value to 4 decimals, empty for no data).
///
/// A table keyed by `enterprise` (credit codes) checks the enterprises of
/// a rule set that scores them (`<scoring unit="enterprise">`), for the
/// year the settings give (required): `track` (required; the list it is
/// published in: the scheme that scored it, `tenant`, `small` or
/// `unscored`); `class` (`-` for not scored); `score` (to 4 decimals,
/// empty for not scored); `rank` (`-` for not ranked); `adjustments` (the
/// points the rule set's `<adjust>` rows add, to 4 decimals, empty for not
/// scored); `areaMu` (its land); any enterprise indicator name.
///
/// A column left out is not checked.
public struct RuleTestExpectations: Sendable {
  /// What a table's rows are.
  public enum Key: String, Sendable {
    /// Parcel verdicts, by parcel id.
    case parcel
    /// The enterprises of a rule set that scores them, by credit code.
    case enterprise
  }

  public struct Expectation: Sendable {
    /// The parcel id or the credit code.
    public var id: String
    /// Column name → expected cell, for every column but the key.
    public var cells: [(column: String, value: String)]
    public var location: SourceLocation
  }

  public var year: Int?
  public var date: String?
  public var key: Key = .parcel
  /// The header's columns, the key first; empty when there is no header.
  public var columns: [String] = []
  /// Where the header is, for a column the rule set cannot give.
  public var header = SourceLocation(file: "", line: 1, column: 1)
  public var expectations: [Expectation] = []
  /// Problems with the file itself.
  public var problems: [Diagnostic] = []

  public static let knownColumns = ["parcel", "status", "failed", "class"]
  public static let enterpriseColumns = [
    "enterprise", "track", "class", "score", "rank", "adjustments", "areaMu",
  ]
  /// Enterprise columns compared as numbers, to 4 decimals.
  public static let enterpriseNumbers: Set<String> = ["score", "adjustments", "areaMu"]

  /// The year an enterprise table is evaluated for: `year:`, else the
  /// year of `date:`.
  public var enterpriseYear: Int? { year ?? date.flatMap { Int($0.prefix(4)) } }

  /// `indicatorNames`: the columns a parcel table may name besides its own;
  /// `enterpriseIndicatorNames`: those an enterprise table may.
  public init(
    text: String, path: String, indicatorNames: [String], enterpriseIndicatorNames: [String] = []
  ) {
    header = SourceLocation(file: path, line: 1, column: 1)
    var found = false
    for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
      let at = SourceLocation(file: path, line: offset + 1, column: 1)
      if line.hasPrefix("#") || line.allSatisfy({ $0 == " " }) { continue }
      guard found else {
        if line.hasPrefix("year:") || line.hasPrefix("date:") {
          setting(line, at: at)
          continue
        }
        let names = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        readHeader(
          names, at: at, indicatorNames: indicatorNames,
          enterpriseIndicatorNames: enterpriseIndicatorNames)
        found = true
        continue
      }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count == columns.count, let id = cells.first, !id.isEmpty else {
        problems.append(
          Diagnostic(
            at: at,
            "expected \(columns.count) tab-separated cells (\(columns.joined(separator: ", "))), found \(cells.count)"
          ))
        continue
      }
      expectations.append(
        Expectation(
          id: id, cells: Array(zip(columns, cells).dropFirst()).map { ($0.0, $0.1) },
          location: at))
    }
    if !found {
      problems.append(
        Diagnostic(
          at: SourceLocation(file: path, line: 1, column: 1),
          "no header row; expected a first row such as parcel<TAB>status<TAB>failed"))
    }
  }

  /// The header: which table it is, and every column known.
  private mutating func readHeader(
    _ names: [String], at: SourceLocation, indicatorNames: [String],
    enterpriseIndicatorNames: [String]
  ) {
    header = at
    columns = names
    if names.first == Key.enterprise.rawValue {
      key = .enterprise
      for name in names
      where !Self.enterpriseColumns.contains(name) && !enterpriseIndicatorNames.contains(name) {
        problems.append(
          Diagnostic(
            at: at,
            "unknown column \"\(name)\"; expected enterprise, track, class, score, rank, adjustments, areaMu or an enterprise indicator name (\(enterpriseIndicatorNames.joined(separator: ", ")))"
          ))
      }
      if !names.contains("track") {
        problems.append(
          Diagnostic(at: at, "the header must start with enterprise and name a track column"))
      }
      if enterpriseYear == nil {
        problems.append(
          Diagnostic(
            at: at,
            "enterprises are evaluated for one year: add a line such as year: 2024 before the header"
          ))
      }
      return
    }
    for name in names where !Self.knownColumns.contains(name) && !indicatorNames.contains(name) {
      problems.append(
        Diagnostic(
          at: at,
          "unknown column \"\(name)\"; expected parcel, status, failed, class or an indicator name")
      )
    }
    if names.first != Key.parcel.rawValue || !names.contains("status") {
      problems.append(
        Diagnostic(
          at: at,
          "the header must start with parcel and name a status column, or start with enterprise and name a track column"
        ))
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
