public import Enterprises

/// The join report as lines for standard error: the counts, then each list
/// (at most `limit` items of each, then how many more).
public enum JoinReportText {
  public static func lines(_ report: JoinReport, limit: Int = 20) -> [String] {
    var lines = [
      "enterprises for \(report.year): \(report.enterprises) (\(report.holders) holding land, \(report.tenantsOnly) only renting, \(report.dataOnly) only in the data files"
        + (report.rejectedOnly > 0
          ? ", \(report.rejectedOnly) only in rejected records)" : ")")
    ]
    func list<Item>(_ title: String, _ items: [Item], _ text: (Item) -> String) {
      guard !items.isEmpty else { return }
      lines.append("\(title): \(items.count)")
      for item in items.prefix(limit) { lines.append("  " + text(item)) }
      if items.count > limit { lines.append("  … and \(items.count - limit) more") }
    }
    list("codes in the data files with no land in the records", report.codesWithoutLand) {
      "\($0.code) (\($0.source))"
    }
    if report.hadData {
      list("enterprises with land and no row in the data files", report.landWithoutData) {
        "\($0.code) (\($0.source))"
      }
    }
    list("land without a credit code (no enterprise's)", report.landWithoutCode) {
      "parcel \($0.parcel), \(JSONWriter.format($0.mu)) mu (\($0.location))"
    }
    list("names that differ between sources", report.differentNames) { entry in
      entry.code + ": "
        + entry.names.map { "'\($0.message)' (\($0.source ?? ""))" }
        .joined(separator: ", ")
    }
    list("rejected records whose land is not counted", report.lostLand) {
      "parcel \($0.parcel ?? "(no id)") of \($0.code) (\($0.location))"
    }
    list("credit codes that fail their check", report.badCodes) { $0.description }
    let errors = report.problems.count { $0.severity == .error }
    let warnings = report.problems.count - errors
    if errors + warnings > 0 {
      lines.append(
        "problems in the data files: \(errors) errors, \(warnings) warnings (each above)")
    }
    if report.rowsOfOtherYears > 0 {
      lines.append(
        "data rows of other years than \(report.year), not used: \(report.rowsOfOtherYears)")
    }
    return lines
  }
}
