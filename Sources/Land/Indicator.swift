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
    lhs.position < rhs.position
  }

  /// The position in declaration order (`allCases[position] == self`), so
  /// that a table of one entry per indicator can be an array. Measured
  /// (release, 200k parcels, `perf record`): tables keyed by `Indicator`
  /// in a Dictionary hashed the case's name (a String: `Hasher` and
  /// `String.hash(into:)` were about 3% of a batch run) on every look-up.
  public var position: Int {
    switch self {
    case .investmentIntensity: 0
    case .fixedAssetInvestment: 1
    case .plotRatio: 2
    case .buildingCoefficient: 3
    case .buildingDensity: 4
    case .adminShare: 5
    case .adminFloorShare: 6
    case .greenRatio: 7
    case .taxPerMu: 8
    case .outputPerMu: 9
    case .revenuePerMu: 10
    case .valueAddedPerMu: 11
    case .energyPerValueAdded: 12
    case .valueAddedPerEnergy: 13
    case .valueAddedPerEmission: 14
    case .laborProductivity: 15
    case .rndIntensity: 16
    case .taxPerKWh: 17
    }
  }
}
