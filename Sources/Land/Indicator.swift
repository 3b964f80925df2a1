/// The indicators that rule sets, contract commitments and verdicts share
/// (`records.md`, "Indicator names"; formulas in `domain.md`, "The control
/// indicators"). The raw value is the name used in XML and JSON.
public enum Indicator: String, Sendable, Hashable, CaseIterable, Comparable {
  case investmentIntensity
  case fixedAssetInvestment
  case plotRatio
  case buildingCoefficient
  case buildingDensity
  case adminShare
  case adminFloorShare
  case greenRatio
  case taxPerMu
  case outputPerMu
  case revenuePerMu
  case valueAddedPerMu
  case energyPerValueAdded
  case valueAddedPerEnergy
  case valueAddedPerEmission
  case laborProductivity
  case rndIntensity
  case taxPerKWh

  /// The unit the engine computes and reports this indicator in.
  public var unit: IndicatorUnit {
    switch self {
    case .investmentIntensity, .taxPerMu, .outputPerMu, .revenuePerMu, .valueAddedPerMu:
      .tenThousandCNYPerMu
    case .fixedAssetInvestment: .tenThousandCNY
    case .plotRatio, .buildingCoefficient, .buildingDensity, .adminShare, .adminFloorShare,
      .greenRatio,
      .rndIntensity:
      .ratio
    case .energyPerValueAdded: .tcePerTenThousandCNY
    case .valueAddedPerEnergy: .tenThousandCNYPerTce
    case .valueAddedPerEmission: .tenThousandCNYPerTonne
    case .laborProductivity: .tenThousandCNYPerEmployee
    case .taxPerKWh: .cnyPerKWh
    }
  }

  /// True for the figures that come from one performance year.
  public var isYearly: Bool {
    switch self {
    case .investmentIntensity, .fixedAssetInvestment, .plotRatio, .buildingCoefficient,
      .buildingDensity, .adminShare, .adminFloorShare, .greenRatio:
      false
    default: true
    }
  }

  /// Declaration order, so that output that lists indicators is stable.
  public static func < (lhs: Indicator, rhs: Indicator) -> Bool {
    lhs.order < rhs.order
  }

  private var order: Int { Indicator.allCases.firstIndex(of: self) ?? 0 }
}
