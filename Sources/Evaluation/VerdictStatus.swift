/// A parcel's overall standing against the rule set (`records.md`).
public enum VerdictStatus: String, Sendable, Hashable, CaseIterable {
  /// Every applicable threshold holds.
  case compliant
  /// At least one applicable threshold is broken.
  case noncompliant
  /// None is broken, but at least one could not be checked for lack of data.
  case incomplete
  /// The record is invalid; `errors` says why.
  case rejected
}
