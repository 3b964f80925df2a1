/// A part of the group key beyond the scheme.
public enum ScoringGroupKeyPart: String, Sendable, Hashable, CaseIterable {
  /// The sector's GB/T 4754 division: the letter and two digits (`C39`).
  case division
  /// The parcel's six-digit district code.
  case district
  /// The industry group (``ScoringIndustryGroup``) of the sector; firms in
  /// none are a group of their own.
  case industryGroup
}
