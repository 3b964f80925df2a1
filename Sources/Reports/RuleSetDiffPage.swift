public import Rules

/// `mujun rules diff --html`: the same changes as ``RuleSetDiffTable``, as
/// one self-contained page (template `rules-diff`; every value escaped).
public enum RuleSetDiffPage {
  public static func render(_ diff: RuleSetDiff, with templates: HTMLTemplates)
    throws(HTMLTemplateError) -> String
  {
    let groups: [[String: Any]] = RuleSetDiffRows.grouped(diff).map { group in
      [
        "indicator": group.indicator,
        "rows": group.rows.map { row -> [String: Any] in
          [
            "sector": row.sector, "district": row.district, "zone": row.zone,
            "change": row.change, "old": row.old, "new": row.new, "rows": row.rows,
          ]
        },
      ]
    }
    let scoring: [[String: Any]] = diff.scoring.map {
      ["subject": $0.subject, "old": $0.old, "new": $0.new]
    }
    let table = RuleSetDiffTable.render(diff)
    let summary = table.split(separator: "\n").last.map(String.init) ?? ""
    let context: [String: Any] = [
      "oldName": RuleSetDiffTable.describe(diff.old),
      "newName": RuleSetDiffTable.describe(diff.new),
      "summary": summary, "groups": groups, "scoring": scoring, "hasScoring": !scoring.isEmpty,
    ]
    return try templates.render(context, template: "rules-diff")
  }
}
