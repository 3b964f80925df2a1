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

extension VerdictStatus {
  /// The status's position in ``allCases``.
  var index: Int {
    switch self {
    case .compliant: 0
    case .noncompliant: 1
    case .incomplete: 2
    case .rejected: 3
    }
  }
}
