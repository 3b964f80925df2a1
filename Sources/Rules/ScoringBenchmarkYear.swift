/// The year of an item's group benchmark.
public enum ScoringBenchmarkYear: String, Sendable, Hashable, CaseIterable {
  /// The evaluated year's group.
  case current
  /// The same group's benchmark of the year before, kept in the history;
  /// when there is none, this year's, with a note.
  case previous
}
