public import XMLStream

/// One `<exempt>`.
public struct ScoringExemption: Sendable, Hashable {
  public var kind: ScoringExemptionKind
  /// Written into the verdict.
  public var reason: String
  public var location: SourceLocation

  public init(kind: ScoringExemptionKind, reason: String, location: SourceLocation) {
    self.kind = kind
    self.reason = reason
    self.location = location
  }
}
