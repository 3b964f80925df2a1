import Land

/// What the second pass needs to know about one scored parcel, gathered in
/// the first: a few numbers and short texts, never the record itself.
struct ScoringFigures: Sendable {
  /// The position of the parcel's verdict in the run (0-based).
  var ordinal: Int
  var parcelID: String
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
}
