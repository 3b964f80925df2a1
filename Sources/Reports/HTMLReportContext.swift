public import Rules
public import XMLStream

/// What a report says about its run beyond the verdicts: the data file,
/// the rule set, the year asked for, the language, and the optional link
/// and time stamp.
public struct HTMLReportContext: Sendable {
  /// The land-record file as the user named it.
  public var file: String
  /// The file's `asOf` date, if it has one.
  public var asOf: String?
  /// The year asked for with `--year`; nil means each record's latest.
  public var year: Int?
  public var ruleSet: RuleSet
  public var language: HTMLLanguage
  /// A link to the CSV that lists every parcel, relative to the report.
  public var csvLink: String?
  /// When the report was made, shown only when asked for (`--stamp`).
  public var stamp: String?
  /// Problems of the file itself, not of one parcel: bytes skipped after a
  /// record that could not be read, a file cut off, bad root attributes.
  public var fileProblems: [Diagnostic] = []
  /// Problems of the file that were counted but not kept.
  public var fileProblemsNotListed = 0

  public init(
    file: String, asOf: String? = nil, year: Int? = nil, ruleSet: RuleSet,
    language: HTMLLanguage? = nil, csvLink: String? = nil, stamp: String? = nil
  ) {
    self.file = file
    self.asOf = asOf
    self.year = year
    self.ruleSet = ruleSet
    self.language = language ?? .preferred(forLocale: ruleSet.metadata.locale)
    self.csvLink = csvLink.map(Self.safeLink)
    self.stamp = stamp
  }

  /// A path made safe to put in `href`: never read as a URL scheme
  /// (`javascript:`), so a relative path gets `./` in front.
  static func safeLink(_ path: String) -> String {
    if path.hasPrefix("/") || path.hasPrefix("./") || path.hasPrefix("../") { return path }
    return "./" + path
  }
}
