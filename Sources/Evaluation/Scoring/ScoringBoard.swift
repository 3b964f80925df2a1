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
///
/// Memory: the board keeps numbers only: per verdict position its group,
/// score and rank (16 bytes), and per group its statistics. Each verdict's
/// ``ScoringResult``, with its items and their words, is made when the
/// verdict is emitted (``result(ordinal:figures:)``), from the figures the
/// second pass works out again from the parcel.
public struct ScoringBoard: Sendable {
  let scoring: Scoring
  /// Per ordinal: ``ScoringPopulation/absent``, ``ScoringPopulation/notScored``
  /// or the index of the parcel's group in `groups`.
  private let slots: [Int32]
  /// Per ordinal: the sum of the item scores (0 unless scored).
  private let scores: [Double]
  /// Per ordinal: the 1-based rank in the group; 0 when not ranked.
  private let ranks: [Int32]
  let groups: [GroupSummary]

  /// What every member of a group is scored against.
  struct GroupSummary: Sendable {
    var key: String
    var scheme: Int
    /// How many of its parcels are ranked (the n of the rank shares).
    var ranked: Int
    /// Per item: the statistics of the counted parcels' values.
    var statistics: [GroupStatistics]
    /// Per item: the mean item score of the counted parcels with data, and
    /// how many they are (for `missing="groupAverage"`).
    var averages: [(score: Double, count: Int)]
  }

  /// `previous`: the group benchmarks of the year before, by
  /// ``benchmarkKey(scheme:group:item:)``, for items that ask for them.
  init(scoring: Scoring, population: ScoringPopulation, previous: [String: Double] = [:]) {
    self.scoring = scoring
    let count = population.slots.count
    var scores = [Double](repeating: 0, count: count)
    var ranks = [Int32](repeating: 0, count: count)
    var summaries: [GroupSummary] = []
    summaries.reserveCapacity(population.groups.count)
    for group in population.groups {
      summaries.append(
        Self.score(
          group, scheme: scoring.schemes[group.scheme], ids: population.ids, previous: previous,
          scores: &scores, ranks: &ranks))
    }
    self.slots = population.slots
    self.scores = scores
    self.ranks = ranks
    self.groups = summaries
  }

  /// The group's statistics, and its members' scores and ranks.
  private static func score(
    _ group: ScoringPopulation.Group, scheme: ScoringScheme, ids: ParcelIDSet,
    previous: [String: Double], scores: inout [Double], ranks: inout [Int32]
  ) -> GroupSummary {
    let members = group.ordinals.count
    var summary = GroupSummary(
      key: group.key, scheme: group.scheme, ranked: 0, statistics: [], averages: [])
    var totals = [Double](repeating: 0, count: members)
    for (index, item) in scheme.items.enumerated() {
      var values: [Double] = []
      var components: [(numerator: Double, denominator: Double)] = []
      for member in 0..<members where group.roles[member].counts {
        guard let value = group.value(member: member, item: index) else { continue }
        values.append(value)
        if let pair = group.components(member: member, item: index) { components.append(pair) }
      }
      var stats = GroupStatistics(values: values, components: components)
      if item.benchmarkYear == .previous {
        stats.previousBenchmark =
          previous[benchmarkKey(scheme: scheme.id, group: group.key, item: item.name)]
      }
      var itemScores = [Double?](repeating: nil, count: members)
      var sum = 0.0
      var counted = 0
      for member in 0..<members {
        guard let value = group.value(member: member, item: index) else { continue }
        let score = itemScore(item, value: value, stats: stats).score
        // A score that overflows (a value near the largest number over a
        // tiny benchmark) is no data: scored as missing, never infinity.
        guard score.isFinite else { continue }
        itemScores[member] = score
        if group.roles[member].counts {
          sum += score
          counted += 1
        }
      }
      let average = counted == 0 ? 0 : sum / Double(counted)
      for member in 0..<members {
        totals[member] += itemScores[member] ?? missingScore(item, average: average)
      }
      summary.statistics.append(stats)
      summary.averages.append((average, counted))
    }
    var ranked: [Int] = []
    for member in 0..<members {
      if member < group.adjustments.count { totals[member] += group.adjustments[member] }
      scores[group.ordinals[member]] = totals[member]
      // Items each finite can still add up past the largest number: such a
      // parcel is not scored (``result(ordinal:figures:)``), so not ranked.
      if group.roles[member] == .ranked, totals[member].isFinite { ranked.append(member) }
    }
    ranked.sort { a, b in
      let x = (totals[a] * 1e6).rounded()
      let y = (totals[b] * 1e6).rounded()
      if x != y { return x > y }
      let (p, q) = (Int(group.idEntries[a]), Int(group.idEntries[b]))
      if p != q { return ids.precedes(p, q) }
      return group.ordinals[a] < group.ordinals[b]
    }
    for (offset, member) in ranked.enumerated() {
      ranks[group.ordinals[member]] = Int32(offset + 1)
    }
    summary.ranked = ranked.count
    return summary
  }

  /// The scoring part of the verdict at `ordinal`, from the figures the
  /// second pass worked out for its parcel; nil when the first pass kept
  /// none (not a parcel, rejected, a duplicate id).
  func result(ordinal: Int, figures: ScoringFigures?) -> ScoringResult? {
    guard ordinal < slots.count, let figures else { return nil }
    let slot = slots[ordinal]
    if slot == ScoringPopulation.notScored { return ScoringResult(notScored: figures.notScored) }
    guard slot >= 0 else { return nil }
    let group = groups[Int(slot)]
    let scheme = scoring.schemes[group.scheme]
    var items: [ScoredItem] = []
    items.reserveCapacity(scheme.items.count)
    for (index, item) in scheme.items.enumerated() {
      let stats = group.statistics[index]
      var reason = index < figures.noData.count ? figures.noData[index] : nil
      if index < figures.values.count, let value = figures.values[index] {
        let scored = Self.itemScore(item, value: value, stats: stats)
        if scored.score.isFinite {
          items.append(scored.item)
          continue
        }
        reason = "the item's score for \(NumberText.format(value)) is too large to represent"
      }
      items.append(
        Self.missingItem(item, reason: reason, average: group.averages[index], stats: stats))
    }
    guard scores[ordinal].isFinite else {
      return ScoringResult(
        scheme: scheme.id,
        notScored: "the sum of the item scores is too large to represent", group: group.key,
        groupSize: group.ranked, items: items)
    }
    let rank = ranks[ordinal] > 0 ? Int(ranks[ordinal]) : nil
    var result = ScoringResult(
      scheme: scheme.id, group: group.key, score: scores[ordinal], rank: rank,
      groupSize: group.ranked, items: items)
    result.adjustments = figures.adjustments
    if let veto = figures.veto {
      result.veto = veto.reason
      result.class = ScoringClass(veto.class)
    } else if let exemption = figures.exemption {
      result.exemption = exemption
      result.class = scoring.classes == nil ? nil : .t
    } else if let classes = scoring.classes(scheme: scheme.id, industryGroup: figures.industryGroup)
    {
      result.class = Self.classFor(
        rank: rank ?? group.ranked, of: group.ranked, score: scores[ordinal], classes: classes)
    }
    if let rating = result.class?.rating {
      result.surcharge = surcharge(for: rating, parcel: figures)
    }
    return result
  }

  /// The key of a group benchmark for ``init(scoring:population:previous:)``.
  static func benchmarkKey(scheme: String, group: String, item: String) -> String {
    "\(scheme)\u{1F}\(group)\u{1F}\(item)"
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

extension ScoringBoard {
  /// Each group's benchmark of each ratio item with a group benchmark
  /// (mean, median, total ÷ total), before the item's factor: what a later
  /// year's "previous" benchmark is (``GroupBenchmark``).
  /// `members` names what is counted in the basis (`firms`).
  func groupBenchmarks(previous: [String: Double], members: String = "firms")
    -> [GroupBenchmark]
  {
    var list: [GroupBenchmark] = []
    for group in groups {
      let scheme = scoring.schemes[group.scheme]
      for (index, item) in scheme.items.enumerated() where item.method == .ratio {
        let stats = group.statistics[index]
        let counted = group.averages[index].count
        let (value, how): (Double?, String)
        switch item.benchmark {
        case .fixed: continue
        case .groupMean: (value, how) = (stats.mean, "mean of \(counted) \(members)")
        case .groupMedian: (value, how) = (stats.median, "median of \(counted) \(members)")
        case .cohortTotal:
          (value, how) = (stats.totalRatio, "total ÷ total of \(counted) \(members)")
        }
        guard let value else { continue }
        list.append(
          GroupBenchmark(
            scheme: scheme.id, group: group.key, item: item.name, value: value, basis: how))
      }
    }
    return list
  }
}
