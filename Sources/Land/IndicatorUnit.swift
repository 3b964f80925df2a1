/// The unit an indicator is computed in, and the other units in which a
/// rule set or contract may state a bound for it.
///
/// Per-area money figures: 1 万元/亩 = 15 万元/公顷 (1 ha = 15 mu) and
/// 1 万元/亩 = 15 元/m² (1 mu = 10000/15 m²), `domain.md` "Units" and
/// `records.md` "Indicator names".
public enum IndicatorUnit: String, Sendable, Hashable, CaseIterable {
  case tenThousandCNYPerMu = "10k-CNY/mu"
  case tenThousandCNYPerHectare = "10k-CNY/ha"
  case cnyPerSquareMetre = "CNY/m2"
  case tenThousandCNY = "10k-CNY"
  case ratio = "1"
  case tcePerTenThousandCNY = "tce/10k-CNY"
  case tenThousandCNYPerTce = "10k-CNY/tce"
  case tenThousandCNYPerTonne = "10k-CNY/t"
  case tenThousandCNYPerEmployee = "10k-CNY/employee"
  case cnyPerKWh = "CNY/kWh"

  /// The units a bound on an indicator computed in `self` may be written in.
  public var acceptedUnits: [IndicatorUnit] {
    switch self {
    case .tenThousandCNYPerMu:
      [.tenThousandCNYPerMu, .tenThousandCNYPerHectare, .cnyPerSquareMetre]
    default: [self]
    }
  }

  /// Converts a value written in `unit` into `self`; nil when the two do
  /// not measure the same thing.
  public func convert(_ value: Double, from unit: IndicatorUnit) -> Double? {
    if unit == self { return value }
    switch (unit, self) {
    case (.tenThousandCNYPerHectare, .tenThousandCNYPerMu): return value / 15
    case (.cnyPerSquareMetre, .tenThousandCNYPerMu): return value / 15
    default: return nil
    }
  }
}
