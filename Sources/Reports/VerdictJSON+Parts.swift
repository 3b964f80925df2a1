public import Evaluation
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
public struct VerdictJSONParts: Sendable {
  let identity: RuleSetIdentity
  /// `{"id":…,"version":…,"sha256":…}`
  let ruleSet: [UInt8]
  /// `"rule":"file:line","ruleSet":"id"` and `,"source":"…"` when the row
  /// has one, by the row's position in ``RuleSet/rows``.
  let rows: [[UInt8]]

  public init(_ ruleSet: RuleSet) {
    identity = ruleSet.identity
    var json = JSONWriter(capacity: 256)
    VerdictJSON.write(ruleSet.identity, to: &json)
    self.ruleSet = json.bytes
    rows = ruleSet.rows.map { row in
      var json = JSONWriter(capacity: 256)
      json.beginObject()
      VerdictJSON.writeRule(row.location, ruleSetID: row.ruleSetID, source: row.source, to: &json)
      json.endObject()
      // The members alone, without the braces.
      return Array(json.bytes.dropFirst().dropLast())
    }
  }

  /// True when the parts are those of the rule set `verdict` was made by.
  func belong(to verdict: Verdict) -> Bool {
    let other = verdict.ruleSet
    return other.sha256 == identity.sha256 && other == identity
  }

  /// The row part of `finding`, when it cites a row of this rule set.
  func row(of finding: Finding) -> [UInt8]? {
    guard let row = finding.row, rows.indices.contains(row) else { return nil }
    return rows[row]
  }
}
