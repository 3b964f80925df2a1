/// Mean, median, min and max of one item's values in a group.
struct GroupStatistics {
  var mean: Double?
  var median: Double?
  var min: Double?
  var max: Double?

  init(values: [Double]) {
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
