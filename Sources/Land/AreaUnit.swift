/// A unit of land area as the records write it (`records.md`, `area/@unit`).
///
/// 1 mu = 10000/15 m²; 1 ha = 15 mu = 10000 m² (`domain.md`, "Units").
public enum AreaUnit: String, Sendable, Hashable, CaseIterable {
  case squareMetre = "m2"
  case mu
  case hectare = "ha"
}
