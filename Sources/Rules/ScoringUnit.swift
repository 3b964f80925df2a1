/// What a scoring section scores (`<scoring unit="…">`): parcels, each on
/// its own record, or enterprises, each on all the land it holds and rents
/// and its departments' figures (records.md 1.1; `domain.md`, "Enterprise
/// evaluation: what counties actually compute").
public enum ScoringUnit: String, Sendable, Hashable, CaseIterable {
  case parcel
  case enterprise
}
