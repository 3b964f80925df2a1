import Land

/// What scoring needs to know about one parcel, worked out from it in
/// both passes: the first files the numbers in a ``ScoringPopulation`` and
/// drops the rest; the second turns them, with the board's group figures,
/// into the verdict's ``ScoringResult``. Never the record itself.
struct ScoringFigures: Sendable {
  /// Index into ``Rules/Scoring/schemes``; nil when none applies.
  var scheme: Int?
  var notScored: String?
  /// Scheme id, then division and district when the rule set groups by them.
  var group: String
  /// One per item of the scheme, in its order: the value or why none.
  var values: [Double?]
  var noData: [String?]
  var exemption: String?
  var veto: (class: RatingClass, reason: String)?
  var year: Int?
  /// The evaluated year's electricity in kWh.
  var electricity: Double?
  /// Classes of past years, by year.
  var pastRatings: [Int: RatingClass]
  /// Per item, the numerator and denominator of its value, for a group's
  /// total ÷ total (``Rules/ScoringBenchmark/cohortTotal``); nil when
  /// unknown.
  var components: [(numerator: Double, denominator: Double)?] = []
  /// The industry group, for classes given per industry group.
  var industryGroup: String?
  /// Points added to the item scores' sum before ranking, and why.
  var adjustments: [ScoredAdjustment] = []

  var adjustment: Double { adjustments.reduce(0) { $0 + $1.points } }
}
