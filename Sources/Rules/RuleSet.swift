/// A loaded, valid rule set: what it says about itself, which file it is
/// (and which files it extends), and its threshold rows, inherited ones
/// included.
public struct RuleSet: Sendable {
  public let identity: RuleSetIdentity
  public let metadata: RuleSetMetadata
  /// The rows in force: this rule set's own rows in document order, then
  /// those of its base that no own row replaces (same ``ThresholdKey``), and
  /// so on down the chain of bases.
  public let rows: [ThresholdRow]
  /// The rows grouped for lookup, most specific first.
  let index: ThresholdIndex
  /// How parcels are scored and classed: this rule set's `<scoring>`, else
  /// its base's; nil when none in the chain scores.
  public let scoring: Scoring?

  /// A rule set from rows already checked (the loader's way in; tests and
  /// other modules may build one by hand). Rows of a rule set nearer the
  /// start of `identity.lineage` win ties in ``bounds(for:district:zone:)``.
  public init(
    identity: RuleSetIdentity, metadata: RuleSetMetadata, rows: [ThresholdRow],
    scoring: Scoring? = nil
  ) {
    self.identity = identity
    self.metadata = metadata
    self.rows = rows
    self.scoring = scoring
    self.index = ThresholdIndex(rows: rows, lineage: identity.lineage.map(\.id))
  }

  public var id: String { identity.id }
  public var version: String { identity.version }
}
