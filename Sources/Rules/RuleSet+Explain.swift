public import Land
import XMLStream

/// One bound in force for a parcel profile (`mujun rules show`): the row
/// that decides it and the rows it wins over.
public struct BoundExplanation: Sendable, Hashable {
  public enum Overridden: Sendable, Hashable {
    /// Applies too, but is less specific.
    case lessSpecific(ThresholdRow)
    /// A base's row with the same key, replaced whole by a row of a rule
    /// set nearer in the chain.
    case replaced(ThresholdRow)

    public var row: ThresholdRow {
      switch self {
      case .lessSpecific(let row), .replaced(let row): row
      }
    }
  }

  public var indicator: Indicator
  public var side: RuleSetCheck.Side
  /// In the indicator's unit.
  public var value: Double
  public var row: ThresholdRow
  /// Most specific first; replaced rows after those that lose on specificity.
  public var overridden: [Overridden]
}

extension ThresholdRow {
  /// Whether the row applies to a parcel of this sector, district and zone
  /// (its period aside).
  public func applies(
    sector parcelSector: String, district parcelDistrict: String, zone parcelZone: ZoneLevel?
  )
    -> Bool
  {
    guard parcelSector.hasPrefix(sector) else { return false }
    if let district, !parcelDistrict.hasPrefix(district) { return false }
    if let zone, zone != parcelZone { return false }
    return true
  }
}

extension RuleSet {
  /// Every bound in force for the profile, indicator by indicator (minimum
  /// first), with the rows each one overrides.
  public func explain(sector: String, district: String, zone: ZoneLevel?) -> [BoundExplanation] {
    let bounds = self.bounds(for: sector, district: district, zone: zone)
    var chain: [ThresholdRow] = []
    var next: RuleSet? = base
    while let current = next {
      chain += current.rows
      next = current.base
    }
    let inForce = Set(rows.map(\.location))
    var seen: Set<SourceLocation> = []
    let candidates = (rows + chain).filter {
      $0.applies(sector: sector, district: district, zone: zone)
        && seen.insert($0.location).inserted
    }
    var explained: [BoundExplanation] = []
    for indicator in Indicator.allCases {
      guard let applicable = bounds[indicator] else { continue }
      for (side, bound) in [(RuleSetCheck.Side.min, applicable.min), (.max, applicable.max)] {
        guard let bound else { continue }
        let losers = candidates.filter { row in
          row.indicator == indicator && row.location != bound.row.location
            && (side == .min ? row.min != nil : row.max != nil)
        }.sorted { a, b in
          (a.sector.count, a.district?.count ?? 0, a.zone != nil ? 1 : 0)
            > (b.sector.count, b.district?.count ?? 0, b.zone != nil ? 1 : 0)
        }
        let lessSpecific = losers.filter { inForce.contains($0.location) }.map(
          BoundExplanation.Overridden.lessSpecific)
        let replaced = losers.filter { !inForce.contains($0.location) }.map(
          BoundExplanation.Overridden.replaced)
        explained.append(
          BoundExplanation(
            indicator: indicator, side: side, value: bound.value, row: bound.row,
            overridden: lessSpecific + replaced))
      }
    }
    return explained
  }
}
