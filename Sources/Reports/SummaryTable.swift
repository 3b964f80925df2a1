public import Evaluation
import Land
import Rules

/// The short table `mujun evaluate` prints when no output file is asked
/// for: counts by status, then by district. Accumulates as verdicts pass.
public struct SummaryTable: Sendable {
  private var byStatus: [VerdictStatus: Int] = [:]
  private var byDistrict: [String: [VerdictStatus: Int]] = [:]
  private var districtNames: [String: String] = [:]
  private var ruleSet: RuleSetIdentity?
  /// Per district, parcels by class (A–D, T), when the rule set scores.
  private var classesByDistrict: [String: [ScoringClass: Int]] = [:]
  private var scored = false

  public init() {}

  public mutating func add(_ verdict: Verdict) {
    ruleSet = ruleSet ?? verdict.ruleSet
    byStatus[verdict.status, default: 0] += 1
    let code = verdict.summary?.district.code ?? "—"
    if let name = verdict.summary?.district.name { districtNames[code] = name }
    byDistrict[code, default: [:]][verdict.status, default: 0] += 1
    if let scoring = verdict.scoring {
      scored = true
      if let rated = scoring.class { classesByDistrict[code, default: [:]][rated, default: 0] += 1 }
    }
  }

  public func render(file: String, year: Int?) -> String {
    var out = "\(file)"
    if let ruleSet {
      out +=
        ": rule set \(ruleSet.id) \(ruleSet.version) (sha256 \(ruleSet.sha256.prefix(12))…)"
    }
    if let year { out += ", year \(year)" }
    out += "\n\n"
    let statuses = VerdictStatus.allCases
    var rows: [[String]] = [["status", "parcels"]]
    for status in statuses { rows.append([status.rawValue, String(byStatus[status] ?? 0)]) }
    rows.append(["total", String(byStatus.values.reduce(0, +))])
    out += TextTable.render(rows)
    out += "\n"
    var districtRows: [[String]] = [["district"] + statuses.map(\.rawValue) + ["total"]]
    for code in byDistrict.keys.sorted() {
      let counts = byDistrict[code] ?? [:]
      let label = districtNames[code].map { "\(code) \($0)" } ?? code
      districtRows.append(
        [label] + statuses.map { String(counts[$0] ?? 0) }
          + [String(counts.values.reduce(0, +))])
    }
    out += TextTable.render(districtRows)
    if scored { out += "\n" + renderClasses() }
    return out
  }

  /// Parcels by class per district; "not classed" counts the scored
  /// verdicts without a class and every other verdict (rejected, no scheme).
  private func renderClasses() -> String {
    let classes = ScoringClass.allCases
    var rows: [[String]] = [["district"] + classes.map(\.rawValue) + ["not classed", "total"]]
    var totals = [Int](repeating: 0, count: classes.count + 2)
    for code in byDistrict.keys.sorted() {
      let counts = classesByDistrict[code] ?? [:]
      let all = (byDistrict[code] ?? [:]).values.reduce(0, +)
      let classed = counts.values.reduce(0, +)
      let cells = classes.map { counts[$0] ?? 0 } + [all - classed, all]
      for (index, cell) in cells.enumerated() { totals[index] += cell }
      let label = districtNames[code].map { "\(code) \($0)" } ?? code
      rows.append([label] + cells.map(String.init))
    }
    rows.append(["total"] + totals.map(String.init))
    return TextTable.render(rows)
  }
}

/// A plain-text table: first column left-aligned, the rest right-aligned,
/// widths counted in terminal columns (Chinese characters take two).
enum TextTable {
  static func render(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], width(cell)) }
    }
    var out = ""
    for row in rows {
      var line = ""
      for (index, cell) in row.enumerated() {
        let pad = String(repeating: " ", count: widths[index] - width(cell))
        if index > 0 { line += "  " }
        line += index == 0 ? cell + pad : pad + cell
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    return out
  }

  /// East Asian wide and full-width characters take two terminal columns.
  static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { sum, scalar in
      let v = scalar.value
      let wide =
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
        || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
        || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
      return sum + (wide ? 2 : 1)
    }
  }
}
