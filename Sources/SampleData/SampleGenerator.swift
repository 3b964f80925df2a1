/// Synthetic land records in format v1, for demos, tests and benchmarks
/// (`mujun sample`): Chengdu's districts, a realistic sector mix,
/// log-normal money figures, three performance years, buildings with and
/// without tall halls, contracts with some broken clauses, some idle land,
/// and, when asked, some bad records, and firms with credit codes and
/// tenants (``firms``) with their department files (``DepartmentSample``).
///
/// Deterministic: record *n* depends only on the seed and *n*.
public struct SampleGenerator: Sendable {
  public var parcels: Int
  public var seed: UInt64
  /// The share of records (0…1) given one defect that makes them rejected.
  public var brokenShare: Double
  /// Parcels held by firms with credit codes (records.md 1.1): some firms
  /// hold several parcels (``FirmGroups``), some parcels have tenants
  /// (``SampleTenant``); ``DepartmentSample`` writes the departments' files
  /// for the same firms. Without it, holders have no code and the output
  /// is what it always was.
  public var firms: Bool

  /// The most parcels a run with firms may have: every firm's credit code
  /// must stay distinct (``SampleFirm/ordinalLimit``, two tenants a parcel).
  public static let maxParcelsWithFirms = SampleFirm.ordinalLimit / 2

  public init(parcels: Int, seed: UInt64 = 1, brokenShare: Double = 0, firms: Bool = false) {
    self.parcels = parcels
    self.seed = seed
    self.brokenShare = brokenShare
    self.firms = firms
  }

  public func header() -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <landRecords xmlns="urn:mujun:land-records:1" asOf="2025-03-31" source="mujun sample --parcels \(parcels) --seed \(seed)\(firms ? " --firms" : "")（合成数据）">

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
