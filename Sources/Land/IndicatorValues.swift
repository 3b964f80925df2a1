/// Every indicator of one parcel for one evaluated year, each a value or
/// no data (`Parcel.indicators(year:)`).
public struct IndicatorValues: Sendable, Hashable {
  /// The performance year the yearly indicators are for: the year asked
  /// for, else the latest in the record; nil when neither exists.
  public var evaluatedYear: Int?
  /// The site area every per-area indicator divides by (in m², mu or ha).
  public var siteArea: Area
  /// One entry per indicator.
  public private(set) var measurements: [Indicator: Measurement]

  /// Indicators missing from `measurements` read as no data.
  public init(evaluatedYear: Int?, siteArea: Area, measurements: [Indicator: Measurement]) {
    self.evaluatedYear = evaluatedYear
    self.siteArea = siteArea
    var complete = measurements
    for indicator in Indicator.allCases where complete[indicator] == nil {
      complete[indicator] = .noData(reason: "\(indicator.rawValue) was not computed")
    }
    self.measurements = complete
  }

  public subscript(indicator: Indicator) -> Measurement {
    measurements[indicator] ?? .noData(reason: "\(indicator.rawValue) was not computed")
  }

  /// The measurements in indicator declaration order (stable output).
  public var ordered: [(indicator: Indicator, measurement: Measurement)] {
    Indicator.allCases.map { ($0, self[$0]) }
  }
}
