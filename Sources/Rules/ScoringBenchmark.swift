/// What a value is compared with under the ratio method.
public enum ScoringBenchmark: Sendable, Hashable {
  /// A number written in the rule set, in the indicator's unit.
  case fixed(Double)
  /// The mean of the values in the parcel's group (parcels with data).
  case groupMean
  /// The median of the values in the parcel's group: the middle value, or
  /// the mean of the two middle values.
  case groupMedian
  /// The group's total ÷ total: for tax per mu, Σ tax ÷ Σ mu over the
  /// members with data (`domain.md`: "A benchmark 'average' is the
  /// cohort's total ÷ total (Σ tax ÷ Σ mu), unless a scheme says mean of
  /// firms"). Built-in yearly indicators only.
  case cohortTotal
}
