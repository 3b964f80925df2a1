/// Mean, median, min and max of one item's values in a group.
struct GroupStatistics {
  var mean: Double?
  var median: Double?
  var min: Double?
  var max: Double?

  init(values: [Double]) {
    guard !values.isEmpty else { return }
    let sorted = values.sorted()
    mean = values.reduce(0, +) / Double(values.count)
    let middle = sorted.count / 2
    median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    min = sorted.first
    max = sorted.last
  }
}
