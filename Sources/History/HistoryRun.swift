/// One year's run as the history keeps it: when and with what it was
/// computed, every enterprise's result and the benchmarks.
public struct HistoryRun: Sendable, Hashable {
  /// The performance year evaluated; a run replaces any earlier run of the
  /// same year.
  public var year: Int
  /// When the run was recorded, ISO 8601 in UTC (`2025-03-14T08:30:00Z`),
  /// given by the caller.
  public var recordedAt: String
  /// The rule set it was evaluated with.
  public var ruleSet: HistoryRuleSet
  /// The files it read; the store hands them back in the order of their names.
  public var inputs: [HistoryInput]
  /// Every enterprise's result; the store hands them back in the order of
  /// their codes.
  public var enterprises: [HistoryEnterprise]
  /// The benchmarks it computed; the store hands them back in the order of
  /// scheme, group and indicator.
  public var benchmarks: [HistoryBenchmark]

  public init(
    year: Int, recordedAt: String, ruleSet: HistoryRuleSet, inputs: [HistoryInput] = [],
    enterprises: [HistoryEnterprise] = [], benchmarks: [HistoryBenchmark] = []
  ) {
    self.year = year
    self.recordedAt = recordedAt
    self.ruleSet = ruleSet
    self.inputs = inputs
    self.enterprises = enterprises
    self.benchmarks = benchmarks
  }
}
