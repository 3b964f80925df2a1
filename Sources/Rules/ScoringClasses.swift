/// How classes are given.
public enum ScoringClasses: Sendable, Hashable {
  /// By rank within the group: each class up to a cumulative share of the
  /// group, best first; the last class takes the rest. With n parcels
  /// ranked, rank r (1-based) gets the first class whose ⌊share × n⌋ ≥ r.
  case rankShares([ScoringClassShare])
  /// By score: the first class whose minimum the score reaches; the last
  /// class (no minimum) takes the rest.
  case scoreCutoffs([ScoringClassCutoff])
}
