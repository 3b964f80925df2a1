/// Whether a higher or a lower value is better.
public enum ScoringDirection: String, Sendable, Hashable, CaseIterable {
  case higher
  case lower
}
