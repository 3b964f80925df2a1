/// A parcel's per-mu evaluation (亩均论英雄): score, class, rank and items,
/// as ``ScoringBoard`` works it out from the whole population.
public struct ScoringResult: Sendable, Hashable {
  /// The scheme that scored the parcel; nil when none applies.
  public var scheme: String?
  /// Why no scheme applies (below-size firm under the minimum area, no
  /// holder scale, …); nil when one does.
  public var notScored: String?
  /// The group the parcel is compared in (`above`, `above C39 510116`).
  public var group: String?
  /// The sum of the item scores; nil when not scored.
  public var score: Double?
  /// A to D, or T when exempt; nil when not scored or the rule set has no classes.
  public var `class`: ScoringClass?
  /// 1-based rank among the ranked parcels of the group (exempt and vetoed
  /// parcels are not ranked); see ``ScoringBoard`` for ties.
  public var rank: Int?
  /// How many parcels of the group are ranked (the n of the rank shares).
  public var groupSize: Int?
  public var items: [ScoredItem]
  /// Why the parcel is not classed (class T).
  public var exemption: String?
  /// Why the class was forced (一票否决).
  public var veto: String?
  /// What the class costs, when a surcharge applies.
  public var surcharge: SurchargeResult?
  /// Points added to the items' sum before ranking (enterprises).
  public var adjustments: [ScoredAdjustment] = []

  public init(
    scheme: String? = nil, notScored: String? = nil, group: String? = nil, score: Double? = nil,
    class: ScoringClass? = nil, rank: Int? = nil, groupSize: Int? = nil, items: [ScoredItem] = [],
    exemption: String? = nil, veto: String? = nil, surcharge: SurchargeResult? = nil
  ) {
    self.scheme = scheme
    self.notScored = notScored
    self.group = group
    self.score = score
    self.class = `class`
    self.rank = rank
    self.groupSize = groupSize
    self.items = items
    self.exemption = exemption
    self.veto = veto
    self.surcharge = surcharge
  }
}
