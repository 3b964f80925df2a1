/// Every indicator of one parcel for one evaluated year, each a value or
/// no data (`Parcel.indicators(year:)`).
public struct IndicatorValues: Sendable, Hashable {
  /// The performance year the yearly indicators are for: the year asked
  /// for, else the latest in the record; nil when neither exists.
  public var evaluatedYear: Int?
  /// The site area every per-area indicator divides by (in m², mu or ha).
  public var siteArea: Area
  /// One reading per indicator, at its ``Indicator/position`` (an array,
  /// not a dictionary: see there for the measured reason).
  private var slots: [Reading]

  /// Indicators missing from `readings` read as no data.
  public init(evaluatedYear: Int?, siteArea: Area, readings: [Indicator: Reading]) {
    self.init(
      evaluatedYear: evaluatedYear, siteArea: siteArea,
      ordered: Indicator.allCases.map { readings[$0] ?? Self.notComputed($0) })
  }

  /// `ordered`: one reading per indicator in declaration order; missing
  /// ones at the end read as no data, extra ones are dropped.
  init(evaluatedYear: Int?, siteArea: Area, ordered: [Reading]) {
    self.evaluatedYear = evaluatedYear
    self.siteArea = siteArea
    var slots = ordered
    let count = Indicator.allCases.count
    if slots.count > count { slots.removeLast(slots.count - count) }
    while slots.count < count { slots.append(Self.notComputed(Indicator.allCases[slots.count])) }
    self.slots = slots
  }

  private static func notComputed(_ indicator: Indicator) -> Reading {
    .noData(reason: "\(indicator.rawValue) was not computed")
  }

  public subscript(indicator: Indicator) -> Reading {
    slots[indicator.position]
  }

  /// One entry per indicator.
  public var readings: [Indicator: Reading] {
    Dictionary(uniqueKeysWithValues: ordered.map { ($0.indicator, $0.reading) })
  }

  /// The readings in indicator declaration order (stable output).
  public var ordered: [(indicator: Indicator, reading: Reading)] {
    Array(zip(Indicator.allCases, slots))
  }
}
