/// A per-mu evaluation class, A best to D worst (`domain.md`, "Per-mu
/// evaluation and classes").
public enum RatingClass: String, Sendable, Hashable, CaseIterable, Comparable {
  case a = "A"
  case b = "B"
  case c = "C"
  case d = "D"

  /// A < B < C < D: declaration order (best first).
  public static func < (lhs: RatingClass, rhs: RatingClass) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int { RatingClass.allCases.firstIndex(of: self) ?? 0 }
}
