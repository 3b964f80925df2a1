/// The development zone a parcel lies in (`records.md`, `zone`).
public struct Zone: Sendable, Hashable {
  public var level: ZoneLevel
  public var name: String

  public init(level: ZoneLevel, name: String) {
    self.level = level
    self.name = name
  }
}
