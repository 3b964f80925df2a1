public import Expressions
public import Land
import Rules

extension Evaluator {
  /// The values of ``ExpressionNames`` for one parcel: its indicators for
  /// the evaluated year, then its figures (``ParcelFigure``), each a value
  /// or no data with the reason. Custom indicator slots are left to
  /// ``customIndicatorValues(_:)``.
  public static func expressionInputs(for parcel: Parcel, values: IndicatorValues)
    -> ExpressionInputs
  {
    var inputs: [ExpressionResult] = Indicator.allCases.map { indicator in
      switch values[indicator] {
      case .value(let v): .value(.number(v))
      case .noData(let reason): .noData(reason: reason)
      }
    }
    let year = values.evaluatedYear
    let performance = year.flatMap { parcel.performance(for: $0) }
    for figure in ParcelFigure.allCases {
      inputs.append(value(of: figure, parcel, year: year, performance: performance))
    }
    return ExpressionInputs(inputs)
  }

  private static func value(
    of figure: ParcelFigure, _ parcel: Parcel, year: Int?, performance: Performance?
  ) -> ExpressionResult {
    func number(_ value: Double?, _ name: String) -> ExpressionResult {
      guard let year else { return .noData(reason: "the record has no performance figures") }
      guard performance != nil else {
        return .noData(reason: "no performance figures for \(year)")
      }
      return value.map { .value(.number($0)) } ?? .noData(reason: "no \(name) figure for \(year)")
    }
    switch figure {
    case .areaMu: return .value(.number(parcel.area.mu))
    case .areaM2: return .value(.number(parcel.area.squareMetres))
    case .tax: return number(performance?.tax, "tax")
    case .energy: return number(performance?.energy, "energy")
    case .electricity: return number(performance?.electricity, "electricity")
    case .revenue: return number(performance?.revenue, "revenue")
    case .output: return number(performance?.output, "output")
    case .valueAdded: return number(performance?.valueAdded, "valueAdded")
    case .emissions: return number(performance?.emissions, "emissions")
    case .rnd: return number(performance?.rnd, "rnd")
    case .employees: return number(performance?.employees, "employees")
    case .year:
      return year.map { .value(.number(Double($0))) }
        ?? .noData(reason: "the record has no performance figures")
    case .scale:
      return .text(parcel.holder?.scale?.rawValue, orNoData: "the record gives no holder scale")
    case .sector: return .value(.string(parcel.sector.code))
    case .district: return .value(.string(parcel.district.code))
    case .zone: return .text(parcel.zone?.level.rawValue, orNoData: "the record gives no zone")
    case .granted: return .date(parcel.supply?.date, orNoData: "the record gives no supply date")
    case .started:
      return .date(
        parcel.construction?.started, orNoData: "the record gives no construction start date")
    case .completed:
      return .date(parcel.construction?.completed, orNoData: "the record gives no completion date")
    }
  }
}
