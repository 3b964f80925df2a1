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
  /// Custom indicators and the rows on them (``RuleSetExpressions``).
  public let expressions: RuleSetExpressions
  /// True when any row, scheme or custom indicator needs a parcel's
  /// expression inputs (so evaluation computes them only then).
  public let usesExpressions: Bool

  /// A rule set from rows already checked (the loader's way in; tests and
  /// other modules may build one by hand). Rows of a rule set nearer the
  /// start of `identity.lineage` win ties in ``bounds(for:district:zone:)``.
  public init(
    identity: RuleSetIdentity, metadata: RuleSetMetadata, rows: [ThresholdRow],
    scoring: Scoring? = nil, expressions: RuleSetExpressions = RuleSetExpressions()
  ) {
    self.identity = identity
    self.metadata = metadata
    self.rows = rows
    self.scoring = scoring
    self.expressions = expressions
    self.usesExpressions =
      !expressions.isEmpty || rows.contains { $0.condition != nil }
      || (scoring?.schemes.contains { $0.condition != nil } ?? false)
    self.index = ThresholdIndex(rows: rows, lineage: identity.lineage.map(\.id))
  }

  public var id: String { identity.id }
  public var version: String { identity.version }
}
