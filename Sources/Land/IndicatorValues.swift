/// Every indicator of one parcel for one evaluated year, each a value or
/// no data (`Parcel.indicators(year:)`).
public struct IndicatorValues: Sendable, Hashable {
  /// The performance year the yearly indicators are for: the year asked
  /// for, else the latest in the record; nil when neither exists.
  public var evaluatedYear: Int?
  /// The site area every per-area indicator divides by (in m², mu or ha).
  public var siteArea: Area
  /// One entry per indicator.
  public private(set) var readings: [Indicator: Reading]

  /// Indicators missing from `readings` read as no data.
  public init(evaluatedYear: Int?, siteArea: Area, readings: [Indicator: Reading]) {
    self.evaluatedYear = evaluatedYear
    self.siteArea = siteArea
    var complete = readings
    for indicator in Indicator.allCases where complete[indicator] == nil {
      complete[indicator] = .noData(reason: "\(indicator.rawValue) was not computed")
    }
    self.readings = complete
  }

  public subscript(indicator: Indicator) -> Reading {
    readings[indicator] ?? .noData(reason: "\(indicator.rawValue) was not computed")
  }

  /// The readings in indicator declaration order (stable output).
  public var ordered: [(indicator: Indicator, reading: Reading)] {
    Indicator.allCases.map { ($0, self[$0]) }
  }
}
