/// Floor areas of a building, for the plot ratio and the admin share.
extension Building {
  /// A storey higher than this (in m) counts twice in the plot ratio;
  /// exactly 8 m counts once (`domain.md`, plot ratio: "a storey whose
  /// height exceeds 8 m counts twice").
  public static let doubleCountHeight = 8.0

  /// True when the building has one storey: one `storey` child; else
  /// `storeys` is 1; else, with no `storeys`, a floor area no larger than
  /// the footprint. False when the record does not say enough to tell.
  public var isSingleStorey: Bool {
    if !storeyList.isEmpty { return storeyList.count == 1 }
    if let storeys { return storeys == 1 }
    guard let floorArea, let footprint else { return false }
    return floorArea <= footprint
  }

  /// The floor area as built: the sum of the storeys' areas when there are
  /// `storey` children, else `floorArea`; nil when neither is given.
  public var actualFloorArea: Double? {
    storeyList.isEmpty ? floorArea : storeyList.reduce(0) { $0 + $1.area }
  }

  /// The floor area the plot ratio counts (`records.md`, `building`):
  /// with `storey` children, the sum of their areas, each storey over
  /// ``doubleCountHeight`` counted twice; without, `floorArea`, counted
  /// twice when the building is single-storey (``isSingleStorey``) and
  /// over ``doubleCountHeight`` high. A missing height counts once.
  /// nil when there is neither `floorArea` nor a storey.
  public var countedFloorArea: Double? {
    if !storeyList.isEmpty {
      return storeyList.reduce(0) { sum, storey in
        sum + storey.area * Building.weight(ofHeight: storey.height)
      }
    }
    guard let floorArea else { return nil }
    return isSingleStorey ? floorArea * Building.weight(ofHeight: height) : floorArea
  }

  private static func weight(ofHeight height: Double?) -> Double {
    guard let height, height > doubleCountHeight else { return 1 }
    return 2
  }

  /// How a reason names the building: `building B1`, or by its position
  /// (`building #2`) when it has no id.
  func label(position: Int) -> String {
    id.map { "building \($0)" } ?? "building #\(position + 1)"
  }
}
