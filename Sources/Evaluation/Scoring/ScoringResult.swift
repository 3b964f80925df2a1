/// A parcel's per-mu evaluation (亩均论英雄): score, class, rank and items.
/// Filled in by the scoring work (issue 3).
public struct ScoringResult: Sendable, Hashable {
  public init() {}
}
