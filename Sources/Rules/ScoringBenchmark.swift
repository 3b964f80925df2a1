/// What a value is compared with under the ratio method.
public enum ScoringBenchmark: Sendable, Hashable {
  /// A number written in the rule set, in the indicator's unit.
  case fixed(Double)
  /// The mean of the values in the parcel's group (parcels with data).
  case groupMean
  /// The median of the values in the parcel's group: the middle value, or
  /// the mean of the two middle values.
  case groupMedian
}
