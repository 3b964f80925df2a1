import Evaluation
import Land
import Rules

/// The batch report's per-mu class section as a template sees it.
struct HTMLScoringSection: Sendable {
  struct ClassTile: Sendable {
    /// `A`…`T` or `none`: a CSS class, never input data.
    var key: String
    var label: String
    var count: String
    var share: String
  }

  struct ScoreRow: Sendable {
    var parcel: String
    var name: String
    var district: String
    var score: String
    var classKey: String
    var classLabel: String
    var rank: String
    var reason: String
  }

  var scored: String
  var tiles: [ClassTile]
  var chart: HTMLHistogram
  /// How the cut-offs drawn were found: the rule set's minimum scores, or
  /// (rank classes) the lowest score of a parcel in each class.
  var cutoffNote: String
  var classChart: HTMLClassChart
  var worst: [ScoreRow]
  var hasWorst: Bool
  var surchargeTotal: String?
  var surchargeParcels: String
  var surchargeNote: String?

  init(_ aggregate: HTMLScoringAggregate, ruleSet: RuleSet, t: [String: String]) {
    let label = { (key: String) in t[key] ?? key }
    scored = String(aggregate.parcels)
    tiles = HTMLClassChart.order.map { rated in
      let count = aggregate.classes[rated] ?? 0
      return ClassTile(
        key: rated?.rawValue ?? "none", label: Self.classLabel(rated, t: t), count: String(count),
        share: HTMLNumber.percent(count, of: aggregate.parcels))
    }
    var marks: [(value: Double, label: String)] = []
    if case .scoreCutoffs(let cutoffs) = ruleSet.scoring?.classes {
      cutoffNote = label("cutoffNoteScore")
      for cutoff in cutoffs {
        guard let minimum = cutoff.minScore else { continue }
        marks.append((minimum, "\(cutoff.class.rawValue) ≥ \(HTMLNumber.short(minimum, 2))"))
      }
    } else if let (group, cutoffs) = HTMLGroupCutoffs.largest(aggregate.groups) {
      // Rank shares are taken within a group, so the lines are one group's:
      // the one with the most ranked parcels. The lowest score of the last
      // class is the lowest score there is: no line.
      cutoffNote =
        label("cutoffNoteRank")
        + (aggregate.groups.count > 1
          ? label("cutoffGroupPrefix") + group + label("cutoffGroupMiddle")
            + String(cutoffs.ranked) + label("cutoffGroupSuffix") : "")
      let drawn = ScoringClass.allCases.filter { $0 != .t && cutoffs.lowest[$0] != nil }
      for rated in drawn.dropLast() {
        if let lowest = cutoffs.lowest[rated] {
          marks.append((lowest, "\(rated.rawValue) ≥ \(HTMLNumber.short(lowest, 2))"))
        }
      }
    } else {
      cutoffNote = label("cutoffNoteRank")
    }
    chart = HTMLHistogram(
      title: label("scoreDistribution"), values: aggregate.scores,
      marks: marks.sorted { $0.value < $1.value }, digits: 0)
    chart.markNote = cutoffNote
    classChart = HTMLClassChart(
      title: label("classByDistrict"), districts: aggregate.districts,
      notClassed: label("notClassed"), other: label("otherGroups"),
      note: label("classByDistrictNote"))
    worst = aggregate.worst.entries.map { entry in
      ScoreRow(
        parcel: entry.parcel, name: entry.name ?? "", district: entry.district,
        score: HTMLNumber.fixed(entry.score, 2), classKey: entry.rated?.rawValue ?? "none",
        classLabel: entry.rated?.rawValue ?? label("notClassed"),
        rank: entry.rank.map { rank in
          entry.groupSize.map { "\(rank) / \($0)" } ?? String(rank)
        } ?? "—",
        reason: entry.reason ?? "")
    }
    hasWorst = !worst.isEmpty
    surchargeParcels = String(aggregate.surchargeParcels)
    surchargeTotal =
      aggregate.surchargeParcels > 0 ? HTMLNumber.grouped(aggregate.surchargeTotal, 2) : nil
    surchargeNote =
      aggregate.surchargesWithoutAmount > 0
      ? label("surchargeMissingPrefix") + String(aggregate.surchargesWithoutAmount)
        + label("surchargeMissingSuffix") : nil
  }

  /// `A类`/`Class A`, T with the word for exempt, or the words for not classed.
  static func classLabel(_ rated: ScoringClass?, t: [String: String]) -> String {
    guard let rated else { return t["notClassed"] ?? "" }
    let name = (t["classPrefix"] ?? "") + rated.rawValue + (t["classSuffix"] ?? "")
    return rated == .t ? name + (t["classTNote"] ?? "") : name
  }
}

/// The batch report's contract section as a template sees it.
struct HTMLContractSection: Sendable {
  struct IdleRow: Sendable {
    var parcel: String
    var name: String
    var district: String
    var since: String
    var days: String
    /// `fee` or `recovery`: a CSS class, never input data.
    var stageKey: String
    var stage: String
    var reason: String
  }

  struct LowEfficiencyRow: Sendable {
    var parcel: String
    var name: String
    var district: String
    var reasons: [String]
  }

  struct DamagesRow: Sendable {
    var parcel: String
    var name: String
    var district: String
    var clause: String
    var amount: String
    var basis: String
  }

  var checked: String
  var totalDamages: String
  var parcelsOwing: String
  var idleParcels: String
  var idleFee: String
  var idleRecovery: String
  var idleFeeLabel: String
  var idleRecoveryLabel: String
  var lowEfficiencyParcels: String
  var idle: [IdleRow]
  var hasIdle: Bool
  var moreIdle: String?
  var lowEfficiency: [LowEfficiencyRow]
  var hasLowEfficiency: Bool
  var moreLowEfficiency: String?
  var damages: [DamagesRow]
  var hasDamages: Bool

  init(_ aggregate: HTMLContractAggregate, t: [String: String]) {
    let label = { (key: String) in t[key] ?? key }
    let more = { (shown: Int, all: Int) -> String? in
      all > shown ? label("morePrefix") + String(all - shown) + label("moreSuffix") : nil
    }
    checked = String(aggregate.parcels)
    totalDamages = HTMLNumber.grouped(aggregate.totalDamages, 2)
    parcelsOwing = String(aggregate.parcelsOwing)
    idleParcels = String(aggregate.idleParcels)
    idleFee = String(aggregate.idle[.fee] ?? 0)
    idleRecovery = String(aggregate.idle[.recovery] ?? 0)
    idleFeeLabel = label("idleStage.fee")
    idleRecoveryLabel = label("idleStage.recovery")
    lowEfficiencyParcels = String(aggregate.lowEfficiencyParcels)
    idle = aggregate.longestIdle.entries.map { entry in
      IdleRow(
        parcel: entry.who.parcel, name: entry.who.name, district: entry.who.district,
        since: entry.idle.since.description, days: String(entry.idle.days),
        stageKey: entry.idle.stage.rawValue, stage: label("idleStage.\(entry.idle.stage.rawValue)"),
        reason: entry.idle.reason)
    }
    hasIdle = !idle.isEmpty
    moreIdle = more(idle.count, aggregate.idleParcels)
    lowEfficiency = aggregate.lowEfficiency.entries.map { entry in
      LowEfficiencyRow(
        parcel: entry.who.parcel, name: entry.who.name, district: entry.who.district,
        reasons: entry.flags.map { Self.lowEfficiencyText($0, t: t) })
    }
    hasLowEfficiency = !lowEfficiency.isEmpty
    moreLowEfficiency = more(lowEfficiency.count, aggregate.lowEfficiencyParcels)
    damages = aggregate.largestDamages.entries.map { entry in
      DamagesRow(
        parcel: entry.who.parcel, name: entry.who.name, district: entry.who.district,
        clause: Self.clauseLabel(entry.item.clause, t: t),
        amount: HTMLNumber.grouped(entry.item.amount, 2), basis: Self.basis(entry.item, t: t))
    }
    hasDamages = !damages.isEmpty
  }

  /// The criterion in the page's language, then the finding's own sentence.
  static func lowEfficiencyText(_ flag: LowEfficiencyFlag, t: [String: String]) -> String {
    let criterion = t["lowEfficiency.\(flag.criterion.rawValue)"] ?? flag.criterion.rawValue
    return "\(criterion): \(flag.reason)"
  }

  /// A clause or damages name (`start`, `idleFee`, an indicator) in the page's language.
  static func clauseLabel(_ name: String, t: [String: String]) -> String {
    if let text = t["clause.\(name)"] { return text }
    if let indicator = Indicator(rawValue: name), let text = t["indicator.\(indicator.rawValue)"] {
      return text
    }
    return name
  }

  /// The formula with its numbers, days and mu in the page's language.
  static func basis(_ item: DamagesItem, t: [String: String]) -> String {
    item.formula.basis(days: t["days"] ?? "days", mu: t["mu"] ?? "mu")
  }
}
