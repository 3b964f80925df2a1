public import Land

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

/// A class in a verdict: A to D, or T (不定等级) for an exempt parcel.
public enum ScoringClass: String, Sendable, Hashable, CaseIterable {
  case a = "A"
  case b = "B"
  case c = "C"
  case d = "D"
  case t = "T"

  public init(_ rating: RatingClass) {
    switch rating {
    case .a: self = .a
    case .b: self = .b
    case .c: self = .c
    case .d: self = .d
    }
  }

  /// The rating class; nil for T.
  public var rating: RatingClass? { RatingClass(rawValue: rawValue) }
}

/// One scored item of a verdict.
public struct ScoredItem: Sendable, Hashable {
  public var indicator: Indicator
  public var weight: Double
  /// The parcel's value; nil when it has no data.
  public var value: Double?
  /// Why there is no value.
  public var noData: String?
  /// What the value was compared with (ratio: the benchmark; nil for min–max
  /// or when the group has none).
  public var benchmark: Double?
  public var score: Double
  /// How the score came about when it is not the plain formula: capped,
  /// group average for missing data, penalty, no benchmark.
  public var note: String?

  public init(
    indicator: Indicator, weight: Double, value: Double?, noData: String? = nil,
    benchmark: Double?, score: Double, note: String? = nil
  ) {
    self.indicator = indicator
    self.weight = weight
    self.value = value
    self.noData = noData
    self.benchmark = benchmark
    self.score = score
    self.note = note
  }
}

/// A power surcharge on the evaluated year's electricity.
public struct SurchargeResult: Sendable, Hashable {
  /// CNY per kWh.
  public var perKWh: Double
  /// The year's electricity; nil when the record has no figure.
  public var kWh: Double?
  /// perKWh × kWh in CNY; nil without electricity.
  public var amount: Double?
  /// How it was decided and computed, in words.
  public var basis: String

  public init(perKWh: Double, kWh: Double?, amount: Double?, basis: String) {
    self.perKWh = perKWh
    self.kWh = kWh
    self.amount = amount
    self.basis = basis
  }
}
