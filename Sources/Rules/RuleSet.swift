/// A loaded, valid rule set: what it says about itself, which file it is
/// (and which files it extends), and its threshold rows, inherited ones
/// included.
public struct RuleSet: Sendable {
  public let identity: RuleSetIdentity
  public let metadata: RuleSetMetadata
  /// The rows in force on ``date``: this rule set's own rows in document
  /// order, then those of its base that no own row replaces (same
  /// ``ThresholdKey``), and so on down the chain of bases.
  public private(set) var rows: [ThresholdRow]
  /// The rows grouped for lookup, most specific first.
  private(set) var index: ThresholdIndex
  /// How parcels are scored and classed: this rule set's `<scoring>`, else
  /// its base's; nil when none in the chain scores.
  public let scoring: Scoring?
  /// Every row, whatever its period (``rows`` are those of them in force).
  public let allRows: [ThresholdRow]
  /// The day ``rows`` were chosen for; nil: the newest rows (those in force
  /// on the latest `from` of any row).
  public let date: String?
  // Boxed in an array: a struct cannot hold its own type directly.
  private let baseStorage: [RuleSet]
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
    self.init(
      identity: identity, metadata: metadata, allRows: rows, base: nil, date: nil, scoring: scoring,
      expressions: expressions)
  }

  /// A rule set with its base (the rule set it extends, already loaded),
  /// its rows resolved for `date`.
  init(
    identity: RuleSetIdentity, metadata: RuleSetMetadata, allRows: [ThresholdRow],
    base: RuleSet?, date: String?, scoring: Scoring?, expressions: RuleSetExpressions
  ) {
    self.identity = identity
    self.metadata = metadata
    self.allRows = allRows
    self.baseStorage = base.map { [$0] } ?? []
    self.date = date
    self.scoring = scoring
    let day = date ?? allRows.compactMap(\.effectiveFrom).max()
    let rows = day.map { day in allRows.filter { $0.period.contains(day) } } ?? allRows
    self.rows = rows
    self.expressions = expressions
    self.usesExpressions =
      !expressions.isEmpty || allRows.contains { $0.condition != nil }
      || (scoring?.schemes.contains { $0.condition != nil } ?? false)
    self.index = ThresholdIndex(rows: rows, lineage: identity.lineage.map(\.id))
  }

  /// The same rule set with its rows' array and its look-up tables made
  /// anew, for a thread to evaluate with alone: each look-up and each
  /// finding counts references to them, and counts made by two threads on
  /// the same memory move it between the cores. (Measured, release, 200k
  /// parcels, alternating: BENCHMARKS.md, session 8.)
  public func copyForOneThread() -> RuleSet {
    var copy = self
    copy.rows = rows.map { $0 }
    copy.index = ThresholdIndex(rows: copy.rows, lineage: identity.lineage.map(\.id))
    return copy
  }

  public var id: String { identity.id }
  public var version: String { identity.version }

  /// The rule set this one extends, as loaded (its own rows and its base's).
  public var base: RuleSet? { baseStorage.first }

  /// The same rule set with the rows in force on `date` (`YYYY-MM-DD`);
  /// its base likewise.
  public func inForce(on date: String) -> RuleSet {
    RuleSet(
      identity: identity, metadata: metadata, allRows: allRows, base: base?.inForce(on: date),
      date: date, scoring: scoring, expressions: expressions)
  }

  /// The rows written in this rule set's own file.
  public var ownRows: [ThresholdRow] { allRows.filter { $0.ruleSetID == identity.id } }
}
