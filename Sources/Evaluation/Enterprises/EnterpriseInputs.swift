public import Enterprises
public import Expressions
public import Land
import Rules

/// The values of an enterprise's expression names
/// (``Rules/ExpressionNames/enterpriseEnvironment``): a parcel's names
/// taken for the firm (its land, its figures, the sector and district of
/// its largest parcel), then its tenants and land (``Rules/EnterpriseFigure``).
public enum EnterpriseInputs {
  /// The parcel's names only (``Rules/ExpressionNames/environment``), as
  /// custom indicators are computed.
  public static func base(_ enterprise: Enterprise) -> ExpressionInputs {
    var values: [ExpressionResult] = []
    for indicator in Indicator.allCases {
      switch enterprise.reading(of: indicator) {
      case .value(let value): values.append(.value(.number(value)))
      case .noData(let reason): values.append(.noData(reason: reason))
      }
    }
    for figure in ParcelFigure.allCases { values.append(value(of: figure, enterprise)) }
    return ExpressionInputs(values)
  }

  /// Every name, `scales` giving the scale of each firm by credit code
  /// (for the tenants').
  public static func all(_ enterprise: Enterprise, scales: [String: HolderScale])
    -> ExpressionInputs
  {
    var inputs = base(enterprise)
    let tenantScales = enterprise.tenantCodes.map { scales[$0] }
    for figure in EnterpriseFigure.allCases {
      let number: Double =
        switch figure {
        case .tenants: Double(enterprise.tenantCodes.count)
        case .tenantsAbove: Double(tenantScales.count { $0 == .above })
        case .tenantsBelow: Double(tenantScales.count { $0 == .below })
        case .parcels: Double(enterprise.heldParcels)
        case .heldMu: enterprise.heldMu
        case .rentedMu: enterprise.rentedMu
        }
      inputs.values.append(.value(.number(number)))
    }
    return inputs
  }

  private static func value(of figure: ParcelFigure, _ enterprise: Enterprise) -> ExpressionResult {
    let year = enterprise.year
    func number(_ field: PerformanceField) -> ExpressionResult {
      enterprise.figures[field].map { .value(.number($0.value)) }
        ?? .noData(reason: "no \(field.rawValue) figure for \(year)")
    }
    switch figure {
    case .areaMu: return .value(.number(enterprise.areaMu))
    case .areaM2: return .value(.number(enterprise.areaMu * 10000 / 15))
    case .tax: return number(.tax)
    case .energy: return number(.energy)
    case .electricity: return number(.electricity)
    case .revenue: return number(.revenue)
    case .output: return number(.output)
    case .valueAdded: return number(.valueAdded)
    case .emissions: return number(.emissions)
    case .rnd: return number(.rnd)
    case .employees: return number(.employees)
    case .year: return .value(.number(Double(year)))
    case .scale:
      return .text(enterprise.scale?.rawValue, orNoData: "the enterprise's scale is unknown")
    case .sector: return .text(enterprise.sector, orNoData: "the enterprise holds or rents no land")
    case .district:
      return .text(enterprise.district, orNoData: "the enterprise holds or rents no land")
    case .zone: return .noData(reason: "an enterprise has no zone of its own")
    case .granted:
      return .date(enterprise.granted, orNoData: "no grant date on the parcels it holds")
    case .started: return .noData(reason: "an enterprise has no construction start of its own")
    case .completed:
      return .date(enterprise.completed, orNoData: "no completion date on the parcels it holds")
    }
  }
}
