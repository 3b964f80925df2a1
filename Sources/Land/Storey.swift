/// One storey of a building (`records.md`, `building/storey`).
public struct Storey: Sendable, Hashable {
  /// Floor area, m².
  public var area: Double
  /// Storey height, m.
  public var height: Double?

  public init(area: Double, height: Double? = nil) {
    self.area = area
    self.height = height
  }
}
