import Enterprises

/// One figure of an enterprise on its one-firm sheet: every field of
/// `<performance>` in its order, those with no figure too (a missing
/// figure costs points, so the firm must see it), each with its unit, its
/// source and the corrections that changed it.
struct HTMLSheetFigure: Sendable {
  /// The field's name (`tax`): a CSS class and an anchor, never input data.
  var key: String
  var figure: String
  var value: String
  var unit: String
  var source: String
  var corrections: [HTMLSheetPage.Correction]
  var corrected: Bool

  static func rows(_ enterprise: Enterprise, t: [String: String]) -> [HTMLSheetFigure] {
    PerformanceField.allCases.map { field in
      let unit = t[unitKey(field.defaultUnit)] ?? field.defaultUnit.rawValue
      let figure = enterprise.figures[field]
      let corrections = enterprise.corrections.filter { $0.correction.field == .figure(field) }
        .map { HTMLSheetPage.correction($0, unit: unit, t: t) }
      return HTMLSheetFigure(
        key: field.rawValue, figure: t["figure.\(field.rawValue)"] ?? field.rawValue,
        value: figure.map { HTMLNumber.groupedShort($0.value, 4) } ?? (t["nodata"] ?? ""),
        unit: unit, source: figure?.source ?? "", corrections: corrections,
        corrected: !corrections.isEmpty)
    }
  }

  /// The key of a unit's label in ``HTMLStrings`` (the units' raw values
  /// are their Chinese names, so the labels are keyed apart).
  static func unitKey(_ unit: FigureUnit) -> String {
    switch unit {
    case .tenThousandYuan: "figureUnit.10k-CNY"
    case .yuan: "figureUnit.CNY"
    case .tonneOfCoalEquivalent: "figureUnit.tce"
    case .kilowattHour: "figureUnit.kWh"
    case .tenThousandKilowattHours: "figureUnit.10k-kWh"
    case .tonne: "figureUnit.t"
    case .person: "figureUnit.person"
    }
  }
}
