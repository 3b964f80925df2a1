public import Land

/// A class and the cumulative share of the group it reaches (0.6: the
/// first 60% are this class or better); nil for the last class.
public struct ScoringClassShare: Sendable, Hashable {
  public var `class`: RatingClass
  public var upTo: Double?

  public init(class: RatingClass, upTo: Double?) {
    self.class = `class`
    self.upTo = upTo
  }
}
