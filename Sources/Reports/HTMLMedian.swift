/// The median of a list of values: the middle one once sorted, or the mean
/// of the two middle ones when the count is even; nil for no values.
enum HTMLMedian {
  static func of(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return sorted[middle] }
    return (sorted[middle - 1] + sorted[middle]) / 2
  }
}
