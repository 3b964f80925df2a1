/// Mean, median, min and max of one item's values in a group, and the
/// group's total ÷ total when the members' numerators and denominators are
/// known (``ScoringFigures/components``).
struct GroupStatistics {
  var mean: Double?
  var median: Double?
  var min: Double?
  var max: Double?
  /// Σ numerator ÷ Σ denominator over the members with both; nil when
  /// none has them or the denominators add up to 0.
  var totalRatio: Double?
  /// A benchmark from elsewhere (the group's of the year before, from the
  /// history) that takes the place of this year's.
  var previousBenchmark: Double?

  init(values: [Double], components: [(numerator: Double, denominator: Double)] = []) {
    if !components.isEmpty {
      let numerator = components.reduce(0) { $0 + $1.numerator }
      let denominator = components.reduce(0) { $0 + $1.denominator }
      let ratio = numerator / denominator
      if denominator != 0, ratio.isFinite { totalRatio = ratio }
    }
    guard !values.isEmpty else { return }
    let sorted = values.sorted()
    let count = Double(values.count)
    let sum = values.reduce(0, +)
    // Values near the largest number can add up past it: then the mean is
    // the sum of each value's share, which stays finite.
    mean = sum.isFinite ? sum / count : values.reduce(0) { $0 + $1 / count }
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 {
      median = sorted[middle]
    } else {
      let (low, high) = (sorted[middle - 1], sorted[middle])
      let pair = (low + high) / 2
      median = pair.isFinite ? pair : low / 2 + high / 2
    }
    min = sorted.first
    max = sorted.last
  }
}
