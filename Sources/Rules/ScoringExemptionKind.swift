/// Takes a parcel out of classing (class `T`, 不定等级; `domain.md`,
/// "Per-mu evaluation and classes": utilities, firms in production under
/// two years, land granted under three years ago).
public enum ScoringExemptionKind: Sendable, Hashable {
  /// In production for fewer than this many years: the evaluated year
  /// minus the year production started (the year of `construction/@completed`,
  /// else the earliest performance year in the record).
  case productionYears(under: Int)
  /// Land granted fewer than this many years before: the evaluated year
  /// minus the year of `supply/@date`.
  case grantedYears(under: Int)
  /// A sector whose code starts with this prefix (`D44`).
  case sector(prefix: String)
  /// Enterprises named by credit code: a protection period, a relocation
  /// by policy (`domain.md`, "T (not classed)").
  case creditCodes([String])
}
