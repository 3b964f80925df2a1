/// An `<adjust>` that applied to an enterprise: its points, why, and the
/// rule row (`file:line`).
public struct ScoredAdjustment: Sendable, Hashable {
  public var points: Double
  public var reason: String
  public var rule: String

  public init(points: Double, reason: String, rule: String) {
    self.points = points
    self.reason = reason
    self.rule = rule
  }
}
