public import Land

/// A class and the smallest score that reaches it; nil for the last class.
public struct ScoringClassCutoff: Sendable, Hashable {
  public var `class`: RatingClass
  public var minScore: Double?

  public init(class: RatingClass, minScore: Double?) {
    self.class = `class`
    self.minScore = minScore
  }
}
