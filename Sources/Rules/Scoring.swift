public import Land
public import XMLStream

/// The `<scoring>` section of a rule set: how the yearly per-mu evaluation
/// (亩均论英雄, `domain.md`, "Per-mu evaluation and classes") scores firms,
/// puts them in classes, who is left out, and what each class costs.
///
/// A rule set without its own section inherits its base's whole (a child's
/// section replaces the base's; sections are not merged).
public struct Scoring: Sendable, Hashable {
  /// Parcels or enterprises (`unit`; default parcels).
  public var unit: ScoringUnit
  /// How tenants' land counts for enterprises: apportioned by their lease,
  /// or left with the holder (records.md 1.1, `tenantLand`).
  public var tenantLand: TenantLand
  /// Tried in document order: a parcel is scored by the first scheme whose
  /// condition it meets.
  public var schemes: [ScoringScheme]
  /// What besides the scheme splits parcels into groups for mean and median
  /// benchmarks, min–max ranges, group-average item scores and rank shares.
  public var groupBy: [ScoringGroupKeyPart]
  public var exemptions: [ScoringExemption]
  public var vetoes: [ScoringVeto]
  /// nil: parcels are scored but not classed.
  public var classes: ScoringClasses?
  /// Classes for one scheme or industry group, before ``classes``.
  public var scopedClasses: [ScopedClasses]
  public var industryGroups: [ScoringIndustryGroup]
  /// Points added to an enterprise's score before ranking.
  public var adjustments: [ScoringAdjustment]
  public var surcharges: [ScoringSurcharge]
  /// The policy text the section transcribes.
  public var source: String?
  /// Where `<scoring>` starts (`file` is the rule file's last path component).
  public var location: SourceLocation

  public init(
    unit: ScoringUnit = .parcel, tenantLand: TenantLand = .apportion,
    schemes: [ScoringScheme], groupBy: [ScoringGroupKeyPart] = [],
    exemptions: [ScoringExemption] = [], vetoes: [ScoringVeto] = [],
    classes: ScoringClasses? = nil, scopedClasses: [ScopedClasses] = [],
    industryGroups: [ScoringIndustryGroup] = [], adjustments: [ScoringAdjustment] = [],
    surcharges: [ScoringSurcharge] = [], source: String? = nil, location: SourceLocation
  ) {
    self.unit = unit
    self.tenantLand = tenantLand
    self.scopedClasses = scopedClasses
    self.industryGroups = industryGroups
    self.adjustments = adjustments
    self.schemes = schemes
    self.groupBy = groupBy
    self.exemptions = exemptions
    self.vetoes = vetoes
    self.classes = classes
    self.surcharges = surcharges
    self.source = source
    self.location = location
  }
}

extension RuleSet {
  /// The scoring section when it scores parcels; nil when there is none,
  /// or when it scores enterprises (the parcels' verdicts then carry no
  /// score).
  public var parcelScoring: Scoring? { scoring?.unit == .parcel ? scoring : nil }
}
