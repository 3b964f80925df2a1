import Land
public import Rules
import XMLStream

/// `mujun rules diff` as text: a heading per indicator, a row per changed
/// threshold (sector, district, zone, change, old and new bounds, the rows
/// as file:line), then the scoring changes and a count of each kind.
public enum RuleSetDiffTable {
  public static func render(_ diff: RuleSetDiff) -> String {
    var out = "old: \(describe(diff.old))\nnew: \(describe(diff.new))\n"
    guard !diff.isEmpty else { return out + "\nno changes\n" }
    let groups = RuleSetDiffRows.grouped(diff)
    for group in groups {
      out += "\n\(group.indicator)\n"
      var table = [["  sector", "district", "zone", "change", "old", "new", "lines"]]
      for row in group.rows {
        table.append([
          "  " + row.sector, row.district, row.zone, row.change, row.old, row.new, row.rows,
        ])
      }
      out += PlainTable.render(table)
    }
    if !diff.scoring.isEmpty {
      out += "\nscoring\n"
      var table = [["  what", "old", "new"]]
      for change in diff.scoring { table.append(["  " + change.subject, change.old, change.new]) }
      out += PlainTable.render(table)
    }
    let counts = RuleSetDiff.Change.allCases.compactMap { change -> String? in
      let n = diff.count(change)
      return n == 0 ? nil : "\(n) \(change.rawValue)"
    }
    var summary = counts.isEmpty ? "no threshold changes" : counts.joined(separator: ", ")
    if !diff.scoring.isEmpty {
      summary += ", \(diff.scoring.count) scoring \(diff.scoring.count == 1 ? "change" : "changes")"
    }
    return out + "\n" + summary + "\n"
  }

  static func describe(_ identity: RuleSetIdentity) -> String {
    var text = "\(identity.id) \(identity.version) (\(identity.fileName))"
    if let base = identity.base { text += ", extends \(base.id) \(base.version)" }
    return text
  }
}

/// The diff's threshold rows as text cells, grouped by indicator (shared
/// by the table and the page).
enum RuleSetDiffRows {
  struct Row {
    var sector: String
    var district: String
    var zone: String
    var change: String
    var old: String
    var new: String
    var rows: String
  }

  struct Group {
    var indicator: String
    var rows: [Row]
  }

  static func grouped(_ diff: RuleSetDiff) -> [Group] {
    var groups: [Group] = []
    for change in diff.rows {
      let row = Row(
        sector: change.key.sector, district: change.key.district ?? "-",
        zone: change.key.zone?.rawValue ?? "-", change: change.change.rawValue,
        old: change.old.map(bounds) ?? "-", new: change.new.map(bounds) ?? "-",
        rows: (change.old.map { place($0, in: diff.old) } ?? "-") + " → "
          + (change.new.map { place($0, in: diff.new) } ?? "-"))
      let name = change.key.indicator.rawValue
      if groups.last?.indicator == name {
        groups[groups.count - 1].rows.append(row)
      } else {
        groups.append(Group(indicator: name, rows: [row]))
      }
    }
    return groups
  }

  /// `min 0.7, max 1.8`, `min 60 10k-CNY/ha`, with the row's period if any.
  static func bounds(_ row: ThresholdRow) -> String {
    var parts: [String] = []
    if let min = row.writtenMin { parts.append("min \(min)") }
    if let max = row.writtenMax { parts.append("max \(max)") }
    var text = parts.joined(separator: ", ")
    if row.writtenUnit != row.indicator.unit { text += " \(row.writtenUnit.rawValue)" }
    if !row.period.isOpen { text += " (\(row.period))" }
    return text
  }

  /// The row's line in the compared file (named in the heading), else
  /// `file:line` (a row inherited from a base).
  static func place(_ row: ThresholdRow, in identity: RuleSetIdentity) -> String {
    row.location.file == identity.fileName
      ? "\(row.location.line)" : "\(row.location.file):\(row.location.line)"
  }
}
