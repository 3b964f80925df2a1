/// What an item scores when the parcel's indicator has no data.
public enum ScoringMissingData: Sendable, Hashable {
  /// The mean item score of the parcels in the group that have data (0
  /// when none has).
  case groupAverage
  case zero
  /// Minus this many points.
  case penalty(Double)
}
