/// The outcome of one contract clause as of a date (`records.md`,
/// "Contract checks").
public enum ClauseStatus: String, Sendable, Hashable, CaseIterable {
  /// Due, and it holds.
  case pass
  /// Due, and it is broken.
  case fail
  /// Not yet due: nothing is owed.
  case pending
  /// Due, but the record lacks a figure needed to decide it or to price it.
  case nodata
}
