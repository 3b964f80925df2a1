public import XMLStream

/// An `<adjust points="…" when="…" reason="…"/>` of an enterprise scoring
/// section: points added to (or, negative, taken from) a firm's score
/// before it is ranked, such as Wenling's rent-out deductions (`domain.md`,
/// "Enterprise evaluation": a 规上 landlord loses 5 points for each tenant
/// after the first, a 规下 landlord 10 for the first and 5 for each
/// further). Expressions see the enterprise's names
/// (``ExpressionNames/enterpriseEnvironment``).
public struct ScoringAdjustment: Sendable, Hashable {
  public var points: Condition
  public var condition: Condition?
  public var reason: String
  public var source: String?
  public var location: SourceLocation

  public init(
    points: Condition, condition: Condition?, reason: String, source: String?,
    location: SourceLocation
  ) {
    self.points = points
    self.condition = condition
    self.reason = reason
    self.source = source
    self.location = location
  }
}
