public import XMLStream

/// An industry group of a scoring section (`<industryGroup id="机电"
/// sectors="C34 C35 C38"/>`): firms whose sector code starts with one of
/// the prefixes are ranked together when `groupBy` names `industryGroup`,
/// and classes may give the group quotas of its own (Wenling's five
/// industry groups, `domain.md`).
public struct ScoringIndustryGroup: Sendable, Hashable {
  public var id: String
  public var name: String?
  /// Sector prefixes (`C34`), the longest match deciding between groups.
  public var sectors: [String]
  public var location: SourceLocation

  public init(id: String, name: String?, sectors: [String], location: SourceLocation) {
    self.id = id
    self.name = name
    self.sectors = sectors
    self.location = location
  }
}

extension Scoring {
  /// The industry group of a sector code: the group with the longest
  /// prefix it starts with (ties: the first written); nil when none.
  public func industryGroup(ofSector code: String) -> ScoringIndustryGroup? {
    var best: (group: ScoringIndustryGroup, length: Int)?
    for group in industryGroups {
      for prefix in group.sectors where code.hasPrefix(prefix) {
        if best.map({ prefix.count > $0.length }) ?? true { best = (group, prefix.count) }
      }
    }
    return best?.group
  }
}
