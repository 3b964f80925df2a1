/// What the holder does when a commitment is broken
/// (`records.md`, `commitment/@remedy`).
public enum CommitmentRemedy: String, Sendable, Hashable, CaseIterable {
  /// The holder pays the shortfall (for taxPerMu: the missing tax).
  case topUp
}
