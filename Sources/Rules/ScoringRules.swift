public import Land
public import XMLStream

/// Takes a parcel out of classing (class `T`, 不定等级; `domain.md`,
/// "Per-mu evaluation and classes": utilities, firms in production under
/// two years, land granted under three years ago).
public enum ScoringExemptionKind: Sendable, Hashable {
  /// In production for fewer than this many years: the evaluated year
  /// minus the year production started (the year of `construction/@completed`,
  /// else the earliest performance year in the record).
  case productionYears(under: Int)
  /// Land granted fewer than this many years before: the evaluated year
  /// minus the year of `supply/@date`.
  case grantedYears(under: Int)
  /// A sector whose code starts with this prefix (`D44`).
  case sector(prefix: String)
}

/// One `<exempt>`.
public struct ScoringExemption: Sendable, Hashable {
  public var kind: ScoringExemptionKind
  /// Written into the verdict.
  public var reason: String
  public var location: SourceLocation

  public init(kind: ScoringExemptionKind, reason: String, location: SourceLocation) {
    self.kind = kind
    self.reason = reason
    self.location = location
  }
}

/// One `<veto>` (一票否决): an event of this kind (and severity, when
/// given) dated in the evaluated year forces the class, whatever the score.
public struct ScoringVeto: Sendable, Hashable {
  public var event: EventKind
  public var severity: EventSeverity?
  public var `class`: RatingClass
  public var reason: String
  public var location: SourceLocation

  public init(
    event: EventKind, severity: EventSeverity? = nil, class: RatingClass, reason: String,
    location: SourceLocation
  ) {
    self.event = event
    self.severity = severity
    self.class = `class`
    self.reason = reason
    self.location = location
  }
}

/// How classes are given.
public enum ScoringClasses: Sendable, Hashable {
  /// By rank within the group: each class up to a cumulative share of the
  /// group, best first; the last class takes the rest. With n parcels
  /// ranked, rank r (1-based) gets the first class whose ⌊share × n⌋ ≥ r.
  case rankShares([ClassShare])
  /// By score: the first class whose minimum the score reaches; the last
  /// class (no minimum) takes the rest.
  case scoreCutoffs([ClassCutoff])
}

/// A class and the cumulative share of the group it reaches (0.6: the
/// first 60% are this class or better); nil for the last class.
public struct ClassShare: Sendable, Hashable {
  public var `class`: RatingClass
  public var upTo: Double?

  public init(class: RatingClass, upTo: Double?) {
    self.class = `class`
    self.upTo = upTo
  }
}

/// A class and the smallest score that reaches it; nil for the last class.
public struct ClassCutoff: Sendable, Hashable {
  public var `class`: RatingClass
  public var minScore: Double?

  public init(class: RatingClass, minScore: Double?) {
    self.class = `class`
    self.minScore = minScore
  }
}

/// A differentiated power price (`<surcharge>`): `perKWh` CNY on each kWh
/// of the evaluated year's electricity for parcels of `class`; with
/// `consecutiveYears` n, only when this year's class and the past ratings
/// of the n − 1 years before are all `class` (the most demanding matching
/// surcharge wins).
public struct ScoringSurcharge: Sendable, Hashable {
  public var `class`: RatingClass
  public var perKWh: Double
  public var consecutiveYears: Int?
  public var source: String?
  public var location: SourceLocation

  public init(
    class: RatingClass, perKWh: Double, consecutiveYears: Int? = nil, source: String? = nil,
    location: SourceLocation
  ) {
    self.class = `class`
    self.perKWh = perKWh
    self.consecutiveYears = consecutiveYears
    self.source = source
    self.location = location
  }
}
