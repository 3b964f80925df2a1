import Land
import Rules

/// The second half of scoring: from every scored parcel's compact figures,
/// the group benchmarks, item scores, scores, ranks, classes and
/// surcharges (`domain.md`, "Per-mu evaluation (亩均论英雄) and classes").
///
/// Groups: parcels scored by the same scheme (and, when the rule set says
/// `groupBy`, of the same sector division and district). Exempt parcels
/// are scored against the benchmarks but left out of every group figure
/// (mean, median, min, max, average item score) and of the ranking; vetoed
/// parcels count in the group figures but are not ranked; a veto wins over
/// an exemption.
///
/// Ranks: by score, highest first; scores equal to 6 decimal places tie
/// and are then ordered by parcel id (ascending, by Unicode scalar values),
/// then by input order. Rank shares: with n parcels ranked in the group,
/// the class with cumulative share s takes the ranks up to ⌊s × n⌋
/// (rounded down, so that "A at most 20%" and "D at least 5%" hold for any
/// n, as Dezhou words its shares: `domain.md`, "Per-mu evaluation", class
/// cut-offs table); the last class takes the rest. 20 parcels at 20/60/95:
/// A 4, B 8, C 7, D 1; 7 parcels: A 1, B 3, C 2, D 1.
public struct ScoringBoard: Sendable {
  let scoring: Scoring
  /// By ordinal.
  public private(set) var results: [Int: ScoringResult] = [:]

  init(scoring: Scoring, figures: [ScoringFigures]) {
    self.scoring = scoring
    var groups: [String: [ScoringFigures]] = [:]
    var order: [String] = []
    for parcel in figures {
      guard parcel.scheme != nil else {
        results[parcel.ordinal] = ScoringResult(notScored: parcel.notScored)
        continue
      }
      if groups[parcel.group] == nil { order.append(parcel.group) }
      groups[parcel.group, default: []].append(parcel)
    }
    for key in order { score(group: groups[key] ?? []) }
  }

  private mutating func score(group members: [ScoringFigures]) {
    guard let schemeIndex = members.first?.scheme else { return }
    let scheme = scoring.schemes[schemeIndex]
    let counted = members.filter { $0.exemption == nil || $0.veto != nil }
    var items: [Int: [ScoredItem]] = [:]
    for (index, item) in scheme.items.enumerated() {
      let values = counted.compactMap { $0.values[index] }
      let stats = GroupStatistics(values: values)
      var withData: [Double] = []
      var scored: [Int: ScoredItem] = [:]
      var overflowed: [Int: String] = [:]
      for parcel in members {
        guard let value = parcel.values[index] else { continue }
        let entry = Self.itemScore(item, value: value, stats: stats)
        // A score that overflows (a value near the largest number over a
        // tiny benchmark) is no data, with the reason: never infinity.
        guard entry.score.isFinite else {
          overflowed[parcel.ordinal] =
            "the item's score for \(NumberText.format(value)) is too large to represent"
          continue
        }
        scored[parcel.ordinal] = entry
        if parcel.exemption == nil || parcel.veto != nil { withData.append(entry.score) }
      }
      let average = withData.isEmpty ? 0 : withData.reduce(0, +) / Double(withData.count)
      for parcel in members {
        let entry =
          scored[parcel.ordinal]
          ?? Self.missingScore(
            item, reason: overflowed[parcel.ordinal] ?? parcel.noData[index], average: average,
            averaged: withData.count,
            stats: stats)
        items[parcel.ordinal, default: []].append(entry)
      }
    }
    var scores: [Int: Double] = [:]
    for parcel in members {
      scores[parcel.ordinal] = (items[parcel.ordinal] ?? []).reduce(0) { $0 + $1.score }
    }
    let ranked = members.filter { $0.exemption == nil && $0.veto == nil }
      .sorted { Self.ranksBefore($0, $1, scores: scores) }
    var ranks: [Int: Int] = [:]
    for (offset, parcel) in ranked.enumerated() { ranks[parcel.ordinal] = offset + 1 }
    for parcel in members {
      let score = scores[parcel.ordinal] ?? 0
      var result = ScoringResult(
        scheme: scheme.id, group: parcel.group, score: score, rank: ranks[parcel.ordinal],
        groupSize: ranked.count, items: items[parcel.ordinal] ?? [])
      if !score.isFinite {
        // Items each finite can still add up past the largest number.
        result.score = nil
        result.notScored = "the sum of the item scores is too large to represent"
      } else if let veto = parcel.veto {
        result.veto = veto.reason
        result.class = ScoringClass(veto.class)
      } else if let exemption = parcel.exemption {
        result.exemption = exemption
        result.class = scoring.classes == nil ? nil : .t
      } else if let classes = scoring.classes {
        result.class = Self.classFor(
          rank: ranks[parcel.ordinal] ?? ranked.count, of: ranked.count, score: score,
          classes: classes)
      }
      if let rating = result.class?.rating {
        result.surcharge = surcharge(for: rating, parcel: parcel)
      }
      results[parcel.ordinal] = result
    }
  }

  /// Score descending (to 6 decimals), then parcel id, then input order.
  static func ranksBefore(_ a: ScoringFigures, _ b: ScoringFigures, scores: [Int: Double])
    -> Bool
  {
    let x = ((scores[a.ordinal] ?? 0) * 1e6).rounded()
    let y = ((scores[b.ordinal] ?? 0) * 1e6).rounded()
    if x != y { return x > y }
    let (p, q) = (Array(a.parcelID.unicodeScalars), Array(b.parcelID.unicodeScalars))
    if p != q { return p.lexicographicallyPrecedes(q) { $0.value < $1.value } }
    return a.ordinal < b.ordinal
  }

  /// The class of rank `rank` (1-based) of `count`, or of `score`.
  static func classFor(rank: Int, of count: Int, score: Double, classes: ScoringClasses)
    -> ScoringClass?
  {
    switch classes {
    case .rankShares(let shares):
      for share in shares {
        guard let upTo = share.upTo else { return ScoringClass(share.class) }
        // ⌊s × n⌋, with a nudge so that 0.6 × 20 (11.999… in binary) is 12.
        let last = Int((upTo * Double(count) + 1e-9).rounded(.down))
        if rank <= last { return ScoringClass(share.class) }
      }
      return shares.last.map { ScoringClass($0.class) }
    case .scoreCutoffs(let cutoffs):
      for cutoff in cutoffs {
        guard let minimum = cutoff.minScore else { return ScoringClass(cutoff.class) }
        if score >= minimum - 1e-9 { return ScoringClass(cutoff.class) }
      }
      return cutoffs.last.map { ScoringClass($0.class) }
    }
  }
}
