import Land
import Rules
import XMLStream

extension ScoringBoard {
  /// An item's score for a value (formulas in ``ScoringItem``), capped.
  static func itemScore(_ item: ScoringItem, value: Double, stats: GroupStatistics) -> ScoredItem {
    let w = item.weight
    var score: Double
    var benchmark: Double?
    var note: String?
    switch item.method {
    case .ratio:
      switch item.benchmark {
      case .fixed(let number): benchmark = number
      case .groupMean: benchmark = stats.mean
      case .groupMedian: benchmark = stats.median
      }
      guard let b = benchmark, b > 0 else {
        return ScoredItem(
          indicator: item.indicator, weight: w, value: value, benchmark: benchmark, score: 0,
          note: "no positive group benchmark, so the item scores 0", rule: reference(item))
      }
      switch item.direction {
      // Higher is better: weight × value ÷ benchmark.
      case .higher: score = w * value / b
      // Lower is better: weight × (2 − value ÷ benchmark), floored at 0.
      case .lower: score = Swift.max(0, w * (2 - value / b))
      }
    case .minMax(let floor):
      let (low, high) = (stats.min ?? value, stats.max ?? value)
      if high > low {
        let position =
          item.direction == .higher ? (value - low) / (high - low) : (high - value) / (high - low)
        // weight × (floor + (100 − floor) × position) ÷ 100.
        score = w * (floor + (100 - floor) * Swift.min(1, Swift.max(0, position))) / 100
      } else {
        score = w
        note = "every value in the group is the same, so the item scores its full weight"
      }
    }
    if let cap = item.cap, score > cap * w {
      note =
        "capped at \(NumberText.format(cap)) × weight \(NumberText.format(w)) (uncapped \(NumberText.format(score)))"
      score = cap * w
    }
    return ScoredItem(
      indicator: item.indicator, weight: w, value: value, benchmark: benchmark, score: score,
      note: note, rule: reference(item))
  }

  /// An item's score when the parcel has no value for it.
  static func missingScore(
    _ item: ScoringItem, reason: String?, average: Double, averaged: Int, stats: GroupStatistics
  ) -> ScoredItem {
    var benchmark: Double?
    if item.method == .ratio {
      switch item.benchmark {
      case .fixed(let number): benchmark = number
      case .groupMean: benchmark = stats.mean
      case .groupMedian: benchmark = stats.median
      }
    }
    let (score, note): (Double, String) =
      switch item.missing {
      case .zero: (0, "no data: the item scores 0")
      case .penalty(let points):
        (-points, "no data: a penalty of \(NumberText.format(points)) points")
      case .groupAverage:
        (
          average,
          averaged == 0
            ? "no data, and no parcel of the group has data: the item scores 0"
            : "no data: the group's average score for the item over \(averaged) parcels"
        )
      }
    return ScoredItem(
      indicator: item.indicator, weight: item.weight, value: nil, noData: reason,
      benchmark: benchmark, score: score, note: note, rule: reference(item))
  }

  /// `file:line` of an item's `<item>`.
  static func reference(_ item: ScoringItem) -> String {
    "\(item.location.file):\(item.location.line)"
  }
}
