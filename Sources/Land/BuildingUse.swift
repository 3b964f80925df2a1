/// What a building is used for (`records.md`, `building/@use`).
public enum BuildingUse: String, Sendable, Hashable, CaseIterable {
  case production
  case warehouse
  case admin
  case living
  case other
}
