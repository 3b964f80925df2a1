public import XMLStream

/// The root element of a land-record file, `landRecords` (`records.md`):
/// the date the records describe, and where they come from.
public struct LandRecordsHeader: Sendable, Hashable {
  /// The date the records are as of.
  public var asOf: CivilDate?
  /// Who or what produced the records, as written.
  public var source: String?
  /// Where the root's start tag is.
  public var location: SourceLocation

  public init(asOf: CivilDate? = nil, source: String? = nil, location: SourceLocation) {
    self.asOf = asOf
    self.source = source
    self.location = location
  }
}
