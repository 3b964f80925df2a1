/// A building on the site (`records.md`, `building`).
public struct Building: Sendable, Hashable {
  public var id: String?
  public var use: BuildingUse
  /// Ground footprint, m².
  public var footprint: Double?
  /// Total floor area, m² (ignored for plot ratio when `storeyList` is not
  /// empty: the storeys' areas are summed instead).
  public var floorArea: Double?
  /// The number of storeys.
  public var storeys: Int?
  /// Height, m.
  public var height: Double?
  /// The `storey` children, in document order.
  public var storeyList: [Storey]

  public init(
    id: String? = nil, use: BuildingUse, footprint: Double? = nil, floorArea: Double? = nil,
    storeys: Int? = nil, height: Double? = nil, storeyList: [Storey] = []
  ) {
    self.id = id
    self.use = use
    self.footprint = footprint
    self.floorArea = floorArea
    self.storeys = storeys
    self.height = height
    self.storeyList = storeyList
  }
}
