/// Synthetic land records in format v1, for demos, tests and benchmarks
/// (`mujun sample`): Chengdu's districts, a realistic sector mix,
/// log-normal money figures, three performance years, buildings with and
/// without tall halls, contracts with some broken clauses, some idle land,
/// and, when asked, some bad records.
///
/// Deterministic: record *n* depends only on the seed and *n*.
public struct SampleGenerator: Sendable {
  public var parcels: Int
  public var seed: UInt64
  /// The share of records (0…1) given one defect that makes them rejected.
  public var brokenShare: Double

  public init(parcels: Int, seed: UInt64 = 1, brokenShare: Double = 0) {
    self.parcels = parcels
    self.seed = seed
    self.brokenShare = brokenShare
  }

  public func header() -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <landRecords xmlns="urn:mujun:land-records:1" asOf="2025-03-31" source="mujun sample --parcels \(parcels) --seed \(seed)（合成数据）">

    """
  }

  public func footer() -> String { "</landRecords>\n" }

  /// The whole document, for small counts (tests).
  public func document() -> String {
    var text = header()
    for index in 0..<parcels { text += record(index) }
    return text + footer()
  }
}
