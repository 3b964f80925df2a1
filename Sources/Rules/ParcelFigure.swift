public import Expressions

/// The figures of a parcel that expressions may name besides the built-in
/// indicators (which they name by their indicator names, such as `taxPerMu`).
/// Yearly figures are those of the evaluated performance year, in the units
/// of the record (`records.md`): money in 10k CNY, energy in tce,
/// electricity in kWh, emissions in tonnes. See `Rules/README.md`,
/// "Custom indicators and conditions".
public enum ParcelFigure: String, Sendable, CaseIterable {
  case areaMu, areaM2
  case tax, energy, electricity, revenue, output, valueAdded, emissions, rnd, employees
  case year
  case scale, sector, district, zone
  case granted, started, completed

  public var type: ExpressionType {
    switch self {
    case .scale, .sector, .district, .zone: .string
    case .granted, .started, .completed: .date
    default: .number
    }
  }

  /// False only for what every decoded record has.
  public var mayBeNoData: Bool {
    switch self {
    case .areaMu, .areaM2, .sector, .district: false
    default: true
    }
  }
}
