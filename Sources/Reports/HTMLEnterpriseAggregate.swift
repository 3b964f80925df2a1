import Enterprises
import Evaluation
import Land

/// What the batch report gathers from a run's enterprise verdicts: counts
/// by class on each track, in each scoring group and in each district; the
/// lowest score of a ranked firm in each class of each track (the cut-off
/// scores); the lowest-scoring firms (bounded); the moves against last
/// year's classes; and the surcharges' total. No verdict is kept, so the
/// page's size does not grow with the number of firms. The page shows its
/// section only when ``isPresent``.
struct HTMLEnterpriseAggregate: Sendable {
  /// How many lowest-scoring firms are listed.
  static let listLimit = 20

  private(set) var firms = 0
  /// Firms with a score (exempt and vetoed ones included).
  private(set) var scored = 0
  /// Firms by class; nil counts those not classed.
  private(set) var classes: [ScoringClass?: Int] = [:]
  /// By track id (the scheme, or `tenant`, `small`, `unscored`).
  private(set) var tracks: [String: HTMLClassCounts] = [:]
  /// By scoring group (``ScoringResult/group``), scored firms only.
  private(set) var groups: [String: HTMLClassCounts] = [:]
  /// By district code; "" for a firm with no district.
  private(set) var districts: [String: HTMLClassCounts] = [:]
  /// By track: how many firms are ranked and the lowest score in each class.
  private(set) var cutoffs: [String: HTMLGroupCutoffs] = [:]
  private(set) var lowest = HTMLBoundedList<HTMLFirmScoreEntry>(limit: listLimit)
  /// Moves against last year's class, counted only when it was given.
  private(set) var changes: [HTMLClassChange: Int] = [:]
  private(set) var hasPreviousClasses = false
  /// The sum of the surcharges that have an amount, CNY.
  private(set) var surchargeTotal = 0.0
  /// Firms with a surcharge, and those of them without an amount.
  private(set) var surchargeFirms = 0
  private(set) var surchargesWithoutAmount = 0

  var isPresent: Bool { firms > 0 }

  /// `previousClasses`: last year's class by credit code (`A`–`D`, `T`).
  mutating func add(_ verdicts: [EnterpriseVerdict], previousClasses: [String: String]) {
    if !previousClasses.isEmpty { hasPreviousClasses = true }
    for verdict in verdicts {
      add(verdict, previous: previousClasses[verdict.enterprise.code])
    }
  }

  private mutating func add(_ verdict: EnterpriseVerdict, previous: String?) {
    let order = firms
    firms += 1
    let enterprise = verdict.enterprise
    let result = verdict.scoring
    let rated = result?.class
    classes[rated, default: 0] += 1
    tracks[verdict.track, default: HTMLClassCounts(name: verdict.track)].add(rated)
    let district = enterprise.district ?? ""
    districts[district, default: HTMLClassCounts(name: district)].add(rated)
    if let result {
      let group = result.group ?? ""
      groups[group, default: HTMLClassCounts(name: group)].add(rated)
    }
    if let result, let score = result.score {
      scored += 1
      // Exempt and vetoed firms are not ranked: they move no cut-off.
      if let rated, rated != .t, result.veto == nil, result.rank != nil {
        cutoffs[verdict.track, default: HTMLGroupCutoffs()].add(rated, score)
      }
      // Exempt firms are not classed by score: they would crowd the list.
      if rated != .t {
        lowest.offer(HTMLFirmScoreEntry(verdict, result, score: score, order: order))
      }
    }
    if let rating = rated?.rating {
      let before = previous.flatMap { ScoringClass(rawValue: $0.uppercased())?.rating }
      changes[HTMLClassChange(from: before, to: rating), default: 0] += 1
    }
    if let surcharge = result?.surcharge {
      surchargeFirms += 1
      if let amount = surcharge.amount {
        surchargeTotal += amount
      } else {
        surchargesWithoutAmount += 1
      }
    }
  }
}

/// How a firm's class moved against last year's: A is the best class.
enum HTMLClassChange: String, Sendable, Hashable, CaseIterable {
  case up
  case down
  case same
  /// No class A–D last year (not evaluated, or exempt).
  case new

  init(from before: RatingClass?, to now: RatingClass) {
    guard let before else {
      self = .new
      return
    }
    // RatingClass orders A < B < C < D, best first.
    self = now < before ? .up : now > before ? .down : .same
  }
}

/// A scored firm for the list of the lowest scores.
struct HTMLFirmScoreEntry: HTMLRanked {
  var order: Int
  var code: String
  var name: String?
  var track: String
  var score: Double
  var rated: ScoringClass?
  var rank: Int?
  var groupSize: Int?
  var reason: String?

  init(_ verdict: EnterpriseVerdict, _ result: ScoringResult, score: Double, order: Int) {
    self.order = order
    code = verdict.enterprise.code
    name = verdict.enterprise.name
    track = verdict.track
    self.score = score
    rated = result.class
    rank = result.rank
    groupSize = result.groupSize
    reason = result.veto ?? result.exemption
  }

  /// Lower scores first; ties by credit code, so the list does not depend
  /// on the order the verdicts came in.
  func ranksBefore(_ other: HTMLFirmScoreEntry) -> Bool {
    if score != other.score { return score < other.score }
    if code != other.code { return code < other.code }
    return order < other.order
  }
}
