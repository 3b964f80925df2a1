import Land

/// What changed between two rule sets (`mujun rules diff OLD NEW`), row by
/// row: thresholds matched by key (and period, when a key has several
/// rows), then the scoring section by scheme and item.
public struct RuleSetDiff: Sendable {
  public enum Change: String, Sendable, Hashable, CaseIterable {
    case added
    case removed
    /// A minimum raised or added, a maximum lowered or added.
    case tightened
    /// A minimum lowered or dropped, a maximum raised or dropped.
    case loosened
    /// One side tightened, the other loosened.
    case mixed
    /// Same bounds; the unit written, the period or the source changed.
    case reworded
  }

  public struct RowChange: Sendable, Hashable {
    public var change: Change
    public var key: ThresholdKey
    public var old: ThresholdRow?
    public var new: ThresholdRow?
  }

  /// A change in `<scoring>`: what it concerns (`scheme above, item
  /// taxPerMu, weight`), the old and new values as text ("-" for none).
  public struct ScoringChange: Sendable, Hashable {
    public var subject: String
    public var old: String
    public var new: String
  }

  public var old: RuleSetIdentity
  public var new: RuleSetIdentity
  /// By indicator (declaration order), then sector, district and zone.
  public var rows: [RowChange]
  public var scoring: [ScoringChange]

  public init(old: RuleSet, new: RuleSet) {
    self.old = old.identity
    self.new = new.identity
    rows = Self.rowChanges(old: old.allRows, new: new.allRows)
    scoring = ScoringDiff.changes(old: old.scoring, new: new.scoring)
  }

  public var isEmpty: Bool { rows.isEmpty && scoring.isEmpty }

  public func count(_ change: Change) -> Int { rows.filter { $0.change == change }.count }

  static func rowChanges(old: [ThresholdRow], new: [ThresholdRow]) -> [RowChange] {
    func match(_ row: ThresholdRow, in rows: [ThresholdRow]) -> ThresholdRow? {
      let same = rows.filter { $0.key == row.key }
      return same.count <= 1 ? same.first : same.first { $0.period == row.period }
    }
    var changes: [RowChange] = []
    for row in old {
      guard let now = match(row, in: new) else {
        changes.append(RowChange(change: .removed, key: row.key, old: row, new: nil))
        continue
      }
      if let change = compare(row, now) {
        changes.append(RowChange(change: change, key: row.key, old: row, new: now))
      }
    }
    for row in new where match(row, in: old) == nil {
      changes.append(RowChange(change: .added, key: row.key, old: nil, new: row))
    }
    return changes.sorted { a, b in
      let (x, y) = (a.key, b.key)
      if x.indicator != y.indicator { return x.indicator < y.indicator }
      if x.sector != y.sector { return x.sector < y.sector }
      if (x.district ?? "") != (y.district ?? "") { return (x.district ?? "") < (y.district ?? "") }
      return (x.zone?.rawValue ?? "") < (y.zone?.rawValue ?? "")
    }
  }

  /// nil when the rows say the same.
  static func compare(_ old: ThresholdRow, _ new: ThresholdRow) -> Change? {
    var tighter = false
    var looser = false
    func side(_ a: Double?, _ b: Double?, stricter: (Double, Double) -> Bool) {
      switch (a, b) {
      case (nil, nil): break
      case (nil, _): tighter = true
      case (_, nil): looser = true
      case (let a?, let b?):
        guard abs(a - b) > 1e-9 * Swift.max(abs(a), abs(b)) else { break }
        if stricter(b, a) { tighter = true } else { looser = true }
      }
    }
    side(old.min, new.min, stricter: >)
    side(old.max, new.max, stricter: <)
    switch (tighter, looser) {
    case (true, true): return .mixed
    case (true, false): return .tightened
    case (false, true): return .loosened
    case (false, false):
      let same =
        old.writtenUnit == new.writtenUnit && old.period == new.period && old.source == new.source
        && old.writtenMin == new.writtenMin && old.writtenMax == new.writtenMax
      return same ? nil : .reworded
    }
  }
}
