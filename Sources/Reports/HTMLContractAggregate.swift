import Evaluation
import Land

/// What the batch report gathers from ``Verdict/contract`` as verdicts
/// stream past: the damages' total, idle and low-efficiency counts, and
/// three bounded lists (the longest idle, the low-efficiency parcels with
/// the most reasons, the largest damages items). The page shows its
/// section only when ``isPresent``.
struct HTMLContractAggregate: Sendable {
  /// How many entries each list keeps.
  static let listLimit = 20

  private(set) var parcels = 0
  /// The sum of every parcel's total damages, 10k CNY.
  private(set) var totalDamages = 0.0
  private(set) var parcelsOwing = 0
  private(set) var idle: [IdleStage: Int] = [:]
  private(set) var lowEfficiencyParcels = 0
  private(set) var longestIdle = HTMLBoundedList<HTMLIdleEntry>(limit: listLimit)
  private(set) var lowEfficiency = HTMLBoundedList<HTMLLowEfficiencyEntry>(limit: listLimit)
  private(set) var largestDamages = HTMLBoundedList<HTMLDamagesEntry>(limit: listLimit)

  var isPresent: Bool { parcels > 0 }
  var idleParcels: Int { idle.values.reduce(0, +) }

  mutating func add(_ review: ContractReview, of verdict: Verdict, order: Int) {
    parcels += 1
    let who = HTMLParcelRef(verdict)
    if !review.damages.isEmpty {
      parcelsOwing += 1
      totalDamages += review.totalDamages
    }
    for (index, item) in review.damages.enumerated() {
      largestDamages.offer(
        HTMLDamagesEntry(order: order, index: index, who: who, item: item))
    }
    if let land = review.idle {
      idle[land.stage, default: 0] += 1
      longestIdle.offer(HTMLIdleEntry(order: order, who: who, idle: land))
    }
    if !review.lowEfficiency.isEmpty {
      lowEfficiencyParcels += 1
      lowEfficiency.offer(
        HTMLLowEfficiencyEntry(order: order, who: who, flags: review.lowEfficiency))
    }
  }
}

/// What a list row says about the parcel it is about.
struct HTMLParcelRef: Sendable {
  var parcel: String
  var name: String
  var district: String

  init(_ verdict: Verdict) {
    parcel = verdict.parcel ?? "—"
    name = verdict.summary?.name ?? ""
    district = verdict.summary.map { "\($0.district.code) \($0.district.name)" } ?? ""
  }
}

/// Idle land: longest idle first, ties in input order.
struct HTMLIdleEntry: HTMLRanked {
  var order: Int
  var who: HTMLParcelRef
  var idle: IdleLand

  func ranksBefore(_ other: HTMLIdleEntry) -> Bool {
    idle.days != other.idle.days ? idle.days > other.idle.days : order < other.order
  }
}

/// Low-efficiency land: most reasons first, ties in input order.
struct HTMLLowEfficiencyEntry: HTMLRanked {
  var order: Int
  var who: HTMLParcelRef
  var flags: [LowEfficiencyFlag]

  func ranksBefore(_ other: HTMLLowEfficiencyEntry) -> Bool {
    flags.count != other.flags.count ? flags.count > other.flags.count : order < other.order
  }
}

/// One damages item: largest amount first, ties in input order.
struct HTMLDamagesEntry: HTMLRanked {
  var order: Int
  var index: Int
  var who: HTMLParcelRef
  var item: DamagesItem

  func ranksBefore(_ other: HTMLDamagesEntry) -> Bool {
    if item.amount != other.item.amount { return item.amount > other.item.amount }
    return order != other.order ? order < other.order : index < other.index
  }
}
