import Evaluation
import Land

/// What the batch report gathers from ``Verdict/scoring`` as verdicts
/// stream past: counts by class overall and per district, every score (8
/// bytes a parcel, for the score histogram), the lowest score seen in each
/// class (the cut-offs drawn for rank classes), the worst-scoring parcels
/// (bounded) and the surcharges' total. The page shows its section only
/// when ``isPresent``.
struct HTMLScoringAggregate: Sendable {
  /// How many worst-scoring parcels are listed.
  static let listLimit = 20

  private(set) var parcels = 0
  /// Parcels by class; nil counts those not classed (not scored, or a rule
  /// set without classes).
  private(set) var classes: [ScoringClass?: Int] = [:]
  /// By district code: the district's name and its parcels by class.
  private(set) var districts: [String: HTMLClassCounts] = [:]
  private(set) var scores: [Double] = []
  /// Per group (rank shares are taken within a group), how many parcels
  /// are ranked and the lowest score of a ranked parcel in each class A–D
  /// (exempt and vetoed parcels are not ranked, so they move no cut-off).
  private(set) var groups: [String: HTMLGroupCutoffs] = [:]
  private(set) var worst = HTMLBoundedList<HTMLScoreEntry>(limit: listLimit)
  /// The sum of the surcharges that have an amount, CNY.
  private(set) var surchargeTotal = 0.0
  /// Parcels with a surcharge, and those of them without an amount (no electricity figure).
  private(set) var surchargeParcels = 0
  private(set) var surchargesWithoutAmount = 0

  var isPresent: Bool { parcels > 0 }

  mutating func add(_ result: ScoringResult, of verdict: Verdict, order: Int) {
    parcels += 1
    classes[result.class, default: 0] += 1
    if let summary = verdict.summary {
      districts[summary.district.code, default: HTMLClassCounts(name: summary.district.name)]
        .add(result.class)
    }
    if let score = result.score {
      scores.append(score)
      if let rated = result.class, rated != .t, result.veto == nil, result.rank != nil {
        groups[result.group ?? "", default: HTMLGroupCutoffs()].add(rated, score)
      }
      // Exempt parcels (T) are not classed by score: they would crowd the
      // list of those to act on.
      if result.class != .t {
        worst.offer(HTMLScoreEntry(verdict, result, score: score, order: order))
      }
    }
    if let surcharge = result.surcharge {
      surchargeParcels += 1
      if let amount = surcharge.amount {
        surchargeTotal += amount
      } else {
        surchargesWithoutAmount += 1
      }
    }
  }
}

/// One district's parcels by class.
struct HTMLClassCounts: Sendable {
  var name: String
  var counts: [ScoringClass?: Int] = [:]

  var total: Int { counts.values.reduce(0, +) }

  mutating func add(_ rated: ScoringClass?) {
    counts[rated, default: 0] += 1
  }
}

/// A scored parcel for the list of the lowest scores.
struct HTMLScoreEntry: HTMLRanked {
  var order: Int
  var parcel: String
  var name: String?
  var district: String
  var score: Double
  var rated: ScoringClass?
  var rank: Int?
  var groupSize: Int?
  var group: String?
  var reason: String?

  init(_ verdict: Verdict, _ result: ScoringResult, score: Double, order: Int) {
    self.order = order
    parcel = verdict.parcel ?? ""
    name = verdict.summary?.name
    district = verdict.summary.map { "\($0.district.code) \($0.district.name)" } ?? ""
    self.score = score
    rated = result.class
    rank = result.rank
    groupSize = result.groupSize
    group = result.group
    reason = result.veto ?? result.exemption
  }

  /// Lower scores first, ties in input order.
  func ranksBefore(_ other: HTMLScoreEntry) -> Bool {
    score != other.score ? score < other.score : order < other.order
  }
}

/// The ranked parcels of one scoring group: how many, and the lowest score in each class.
struct HTMLGroupCutoffs: Sendable {
  var ranked = 0
  var lowest: [ScoringClass: Double] = [:]

  mutating func add(_ rated: ScoringClass, _ score: Double) {
    ranked += 1
    lowest[rated] = Swift.min(lowest[rated] ?? score, score)
  }

  /// The group with the most ranked parcels (ties: the first name), if any.
  static func largest(_ groups: [String: HTMLGroupCutoffs]) -> (String, HTMLGroupCutoffs)? {
    groups.min {
      $0.value.ranked != $1.value.ranked ? $0.value.ranked > $1.value.ranked : $0.key < $1.key
    }.map { ($0.key, $0.value) }
  }
}
