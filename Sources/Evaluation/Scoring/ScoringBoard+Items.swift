import Land
import Rules
import XMLStream

extension ScoringBoard {
  /// An item's score for a value, worked out as numbers first (the board
  /// scores every parcel this way); ``item`` adds the words for a verdict.
  struct ItemScore {
    var rule: ScoringItem
    var value: Double
    var benchmark: Double?
    var score: Double
    var remark: Remark?

    enum Remark {
      case noBenchmark
      case flatGroup
      case capped(uncapped: Double)
    }

    var item: ScoredItem {
      let note: String? =
        switch remark {
        case nil: nil
        case .noBenchmark: "no positive group benchmark, so the item scores 0"
        case .flatGroup: "every value in the group is the same, so the item scores its full weight"
        case .capped(let uncapped):
          "capped at \(NumberText.format(rule.cap ?? 0)) × weight \(NumberText.format(rule.weight)) (uncapped \(NumberText.format(uncapped)))"
        }
      return ScoredItem(
        scored: rule.scored, weight: rule.weight, value: value, benchmark: benchmark,
        score: score, note: note, rule: ScoringBoard.reference(rule))
    }
  }

  /// An item's score for a value (formulas in ``ScoringItem``), capped.
  static func itemScore(_ item: ScoringItem, value: Double, stats: GroupStatistics) -> ItemScore {
    let w = item.weight
    var result = ItemScore(rule: item, value: value, benchmark: nil, score: 0, remark: nil)
    switch item.method {
    case .ratio:
      result.benchmark = benchmark(item, stats: stats)
      guard let b = result.benchmark, b > 0 else {
        result.remark = .noBenchmark
        return result
      }
      switch item.direction {
      // Higher is better: weight × value ÷ benchmark.
      case .higher: result.score = w * value / b
      // Lower is better: weight × (2 − value ÷ benchmark), floored at 0.
      case .lower: result.score = Swift.max(0, w * (2 - value / b))
      }
    case .minMax(let floor):
      let (low, high) = (stats.min ?? value, stats.max ?? value)
      if high > low {
        let position =
          item.direction == .higher ? (value - low) / (high - low) : (high - value) / (high - low)
        // weight × (floor + (100 − floor) × position) ÷ 100.
        result.score = w * (floor + (100 - floor) * Swift.min(1, Swift.max(0, position))) / 100
      } else {
        result.score = w
        result.remark = .flatGroup
      }
    }
    if let cap = item.cap, result.score > cap * w {
      result.remark = .capped(uncapped: result.score)
      result.score = cap * w
    }
    return result
  }

  /// The benchmark of a ratio item: fixed, or the group's mean, median or
  /// total ÷ total (this year's, or the year before's when the item asks
  /// for it and the history has it), times the item's factor.
  static func benchmark(_ item: ScoringItem, stats: GroupStatistics) -> Double? {
    let group: Double?
    switch item.benchmark {
    case .fixed(let number): return number
    case .groupMean: group = stats.mean
    case .groupMedian: group = stats.median
    case .cohortTotal: group = stats.totalRatio
    }
    return (stats.previousBenchmark ?? group).map { $0 * item.benchmarkFactor }
  }

  /// An item's score when the parcel has no value for it; `average` is the
  /// group's mean item score over the parcels with data.
  static func missingScore(_ item: ScoringItem, average: Double) -> Double {
    switch item.missing {
    case .zero: 0
    case .penalty(let points): -points
    case .groupAverage: average
    }
  }

  /// ``missingScore(_:average:)`` with its words, for a verdict.
  static func missingItem(
    _ item: ScoringItem, reason: String?, average: (score: Double, count: Int),
    stats: GroupStatistics
  ) -> ScoredItem {
    let note =
      switch item.missing {
      case .zero: "no data: the item scores 0"
      case .penalty(let points): "no data: a penalty of \(NumberText.format(points)) points"
      case .groupAverage:
        average.count == 0
          ? "no data, and no parcel of the group has data: the item scores 0"
          : "no data: the group's average score for the item over \(average.count) parcels"
      }
    return ScoredItem(
      scored: item.scored, weight: item.weight, value: nil, noData: reason,
      benchmark: item.method == .ratio ? benchmark(item, stats: stats) : nil,
      score: missingScore(item, average: average.score), note: note, rule: reference(item))
  }

  /// `file:line` of an item's `<item>`.
  static func reference(_ item: ScoringItem) -> String {
    "\(item.location.file):\(item.location.line)"
  }
}
