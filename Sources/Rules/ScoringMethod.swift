/// How a value becomes an item score (see ``ScoringItem``).
public enum ScoringMethod: Sendable, Hashable {
  case ratio
  /// With the floor score f (0...100) a parcel at the group's worst gets.
  case minMax(floor: Double)
}
