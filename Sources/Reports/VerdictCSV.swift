public import Evaluation
import Land
import XMLStream

/// Verdicts as CSV rows, one per parcel: identity (with the holder and its
/// credit code), area in mu, status, each
/// indicator (empty for no data), the failed indicators (custom ones of
/// the rule set after the built-in ones) and, for a rejected
/// record, why; then the per-mu score (4 decimals) and class when the rule
/// set scores (empty otherwise).
public enum VerdictCSV {
  public static let header: [String] =
    [
      "parcel", "name", "holder", "creditCode", "districtCode", "district", "sectorCode",
      "sector", "areaMu", "status", "year",
    ] + Indicator.allCases.map(\.rawValue) + ["failed", "errors", "score", "class"]

  /// The header line, after the byte-order mark that starts the file.
  public static func head() -> String {
    CSVWriter.byteOrderMark + CSVWriter().line(header)
  }

  public static func row(_ verdict: Verdict) -> String {
    var fields: [String] = [verdict.parcel ?? ""]
    if let summary = verdict.summary {
      fields += [
        summary.name ?? "", summary.holder?.name ?? "", summary.holder?.creditCode ?? "",
        summary.district.code, summary.district.name, summary.sector.code, summary.sector.name,
        JSONWriter.format(summary.area.mu),
      ]
    } else {
      fields += ["", "", "", "", "", "", "", ""]
    }
    fields.append(verdict.status.rawValue)
    fields.append(verdict.year.map(String.init) ?? "")
    var values: [Indicator: Double] = [:]
    for entry in verdict.indicators {
      if case .value(let value) = entry.reading { values[entry.indicator] = value }
    }
    fields += Indicator.allCases.map { values[$0].map(JSONWriter.format) ?? "" }
    // Built-in indicators first, then the rule set's custom ones (issue 8).
    var customFailed: [String] = []
    for finding in verdict.customFindings
    where finding.status == .fail && !customFailed.contains(finding.indicator) {
      customFailed.append(finding.indicator)
    }
    fields.append(
      (verdict.failedIndicators.map(\.rawValue) + customFailed).joined(separator: ";"))
    fields.append(verdict.errors.map(\.description).joined(separator: " | "))
    fields.append(verdict.scoring?.score.map { NumberText.format($0) } ?? "")
    fields.append(verdict.scoring?.class?.rawValue ?? "")
    return CSVWriter().line(fields)
  }
}
