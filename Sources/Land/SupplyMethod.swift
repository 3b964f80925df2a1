/// How the land was supplied (`records.md`, `supply/@method`).
public enum SupplyMethod: String, Sendable, Hashable, CaseIterable {
  case auction
  case listing
  case tender
  case agreement
  case lease
  case allocation
}
