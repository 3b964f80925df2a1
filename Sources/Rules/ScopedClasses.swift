public import XMLStream

/// A `<classes>` for one scheme and/or one industry group (`scheme="below"`,
/// `industryGroup="机电"`): quotas that differ by track or industry
/// (Wenling: B 20–80% for 规上 and 5–75% for 规下, `domain.md`).
public struct ScopedClasses: Sendable, Hashable {
  public var scheme: String?
  public var industryGroup: String?
  public var classes: ScoringClasses
  public var location: SourceLocation

  public init(
    scheme: String?, industryGroup: String?, classes: ScoringClasses, location: SourceLocation
  ) {
    self.scheme = scheme
    self.industryGroup = industryGroup
    self.classes = classes
    self.location = location
  }

  /// True when the classes are for this scheme and industry group.
  func fits(scheme id: String, industryGroup group: String?) -> Bool {
    (scheme == nil || scheme == id) && (industryGroup == nil || industryGroup == group)
  }
}

extension Scoring {
  /// The classes for a member of `scheme` and `industryGroup`: the first
  /// `<classes>` written for both, else for one of them, else the section's
  /// general ``classes``.
  public func classes(scheme: String, industryGroup: String?) -> ScoringClasses? {
    let fitting = scopedClasses.filter { $0.fits(scheme: scheme, industryGroup: industryGroup) }
    let best = fitting.max { a, b in a.specificity < b.specificity }
    return best?.classes ?? classes
  }
}

extension ScopedClasses {
  /// 2 for scheme and group, 1 for either: the most specific wins, and
  /// among equals the first written (`max(by:)` keeps the first maximum).
  var specificity: Int { (scheme == nil ? 0 : 1) + (industryGroup == nil ? 0 : 1) }
}
