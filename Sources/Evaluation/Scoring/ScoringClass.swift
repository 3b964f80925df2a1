public import Land

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
