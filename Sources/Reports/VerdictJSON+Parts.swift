import Evaluation
public import Rules

/// The parts of verdict lines that depend on the rule set alone, written
/// once per run rather than once per verdict: the `ruleSet` object, and for
/// each threshold row the `rule`, `ruleSet` and `source` of a finding that
/// cites it (escaped, with their keys). ``VerdictJSON/appendLine(_:to:parts:)``
/// copies them; the bytes are those the writer makes, as they are made here
/// by it.
///
/// Why: every verdict line repeats the rule set's id, version and digest,
/// and every finding its row's file, line, id and source (about 60 Chinese
/// characters of the rule's citation), each escaped again. Measured with
/// callgrind (release, 10k parcels, 2026-12-06): BENCHMARKS.md, session 7.
///
/// A class, so that handing the parts to the writing of each finding counts
/// one reference, not one for each of its three arrays and its identity
/// (`perf record`, release, 200k parcels: copies of the struct it was took
/// 0.5% of a batch run in `swift_retain`).
public final class VerdictJSONParts: Sendable {
  let identity: RuleSetIdentity
  /// `{"id":…,"version":…,"sha256":…}`, then each row's part: `"rule":
  /// "file:line","ruleSet":"id"` and `,"source":"…"` when the row has one,
  /// then the rows' bounds, in one buffer the parts own (freed with them),
  /// so that writing a part counts no reference to an array. Filled in
  /// `init` and only read after: safe to share between threads.
  nonisolated(unsafe) let bytes: UnsafeBufferPointer<UInt8>
  /// Where the `ruleSet` object lies in ``bytes``.
  let ruleSet: Range<Int>
  /// Where each row's part lies in ``bytes``, by the row's position in
  /// ``RuleSet/rows``.
  let rows: [Range<Int>]
  /// Each row's bounds, and where `"min":…` and `"max":…` of them lie in
  /// ``bytes`` (empty when the row does not set that bound), by the row's
  /// position: numbers formatted once per run, not once per finding.
  let bounds: [RowBounds]

  struct RowBounds {
    var min: Double?
    var minPart: Range<Int>
    var max: Double?
    var maxPart: Range<Int>
  }

  public init(_ ruleSet: RuleSet) {
    identity = ruleSet.identity
    var json = JSONWriter(capacity: 256)
    VerdictJSON.write(ruleSet.identity, to: &json)
    var bytes = json.bytes
    self.ruleSet = 0..<bytes.count
    rows = ruleSet.rows.map { row in
      var json = JSONWriter(capacity: 256)
      json.beginObject()
      VerdictJSON.writeRule(row.location, ruleSetID: row.ruleSetID, source: row.source, to: &json)
      json.endObject()
      // The members alone, without the braces.
      let start = bytes.count
      bytes += json.bytes.dropFirst().dropLast()
      return start..<bytes.count
    }
    bounds = ruleSet.rows.map { row in
      RowBounds(
        min: row.min, minPart: Self.append("min", row.min, to: &bytes),
        max: row.max, maxPart: Self.append("max", row.max, to: &bytes))
    }
    let owned = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
    _ = owned.initialize(from: bytes)
    self.bytes = UnsafeBufferPointer(owned)
  }

  deinit {
    bytes.deallocate()
  }

  /// Appends `"key":number` to `bytes` as the writer makes it, and says
  /// where it lies; nothing when there is no number.
  private static func append(_ key: StaticString, _ number: Double?, to bytes: inout [UInt8])
    -> Range<Int>
  {
    guard let number else { return bytes.count..<bytes.count }
    var json = JSONWriter(capacity: 64)
    json.beginObject()
    json.key(key)
    json.number(number)
    json.endObject()
    let start = bytes.count
    bytes += json.bytes.dropFirst().dropLast()
    return start..<bytes.count
  }

  /// True when the parts are those of the rule set `verdict` was made by.
  func belong(to verdict: Verdict) -> Bool { verdict.isOf(identity) }

  /// The position of the row `finding` cites, when it cites a row of this
  /// rule set; its part is at ``rows`` there.
  func row(of finding: Finding) -> Int? {
    guard let row = finding.row, rows.indices.contains(row) else { return nil }
    return row
  }

  /// Where `"min":…` of the row at `row` lies, when the row's minimum is
  /// `min`, bit for bit.
  func min(ofRow row: Int, _ min: Double) -> Range<Int>? {
    guard let own = bounds[row].min, own.bitPattern == min.bitPattern else { return nil }
    return bounds[row].minPart
  }

  /// Where `"max":…` of the row at `row` lies, when the row's maximum is
  /// `max`, bit for bit.
  func max(ofRow row: Int, _ max: Double) -> Range<Int>? {
    guard let own = bounds[row].max, own.bitPattern == max.bitPattern else { return nil }
    return bounds[row].maxPart
  }
}
