public import Land

/// A figure a department file may give, named as the `<performance>`
/// attribute it replaces (records.md, "Department data files" and
/// `performance`), in the attributes' order.
public enum PerformanceField: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  case revenue
  case output
  case valueAdded
  case tax
  case energy
  case electricity
  case emissions
  case rnd
  case employees

  public var description: String { rawValue }

  /// The units a header may give the field in, its default (the unit of
  /// the `<performance>` attribute, and of the figure when the header
  /// names no unit) first: money in 万元 or 元, energy in 吨标准煤 (tce),
  /// electricity in 千瓦时 (kWh) or 万千瓦时, emissions in 吨 (t),
  /// headcount in 人 (records.md, "Department data files").
  public var units: [FigureUnit] {
    switch self {
    case .revenue, .output, .valueAdded, .tax, .rnd: [.tenThousandYuan, .yuan]
    case .energy: [.tonneOfCoalEquivalent]
    case .electricity: [.kilowattHour, .tenThousandKilowattHours]
    case .emissions: [.tonne]
    case .employees: [.person]
    }
  }

  /// The unit of the `<performance>` attribute.
  public var defaultUnit: FigureUnit { units[0] }

  /// The field's figure in `performance`.
  public func value(in performance: Performance) -> Double? {
    switch self {
    case .revenue: performance.revenue
    case .output: performance.output
    case .valueAdded: performance.valueAdded
    case .tax: performance.tax
    case .energy: performance.energy
    case .electricity: performance.electricity
    case .emissions: performance.emissions
    case .rnd: performance.rnd
    case .employees: performance.employees
    }
  }

  /// Sets the field's figure in `performance`.
  public func set(_ value: Double?, in performance: inout Performance) {
    switch self {
    case .revenue: performance.revenue = value
    case .output: performance.output = value
    case .valueAdded: performance.valueAdded = value
    case .tax: performance.tax = value
    case .energy: performance.energy = value
    case .electricity: performance.electricity = value
    case .emissions: performance.emissions = value
    case .rnd: performance.rnd = value
    case .employees: performance.employees = value
    }
  }

  /// The field's position in ``allCases``.
  var ordinal: Int {
    switch self {
    case .revenue: 0
    case .output: 1
    case .valueAdded: 2
    case .tax: 3
    case .energy: 4
    case .electricity: 5
    case .emissions: 6
    case .rnd: 7
    case .employees: 8
    }
  }
}
