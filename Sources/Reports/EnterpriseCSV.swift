import Enterprises
public import Evaluation
import Land

/// Enterprises as CSV rows, one per enterprise, for Excel (UTF-8 with a
/// byte-order mark, CRLF, formulas defused, as the parcel CSV): identity,
/// track and scale, land (the parcels, held and rented, with their mu),
/// each figure with its source, each indicator; then score, class, rank
/// and group size (empty when not scored or not ranked), notes and errors.
public enum EnterpriseCSV {
  public static let header: [String] =
    [
      "enterprise", "name", "year", "track", "scale", "sectorCode", "districtCode", "areaMu",
      "held", "rented",
    ]
    + PerformanceField.allCases.flatMap { [$0.rawValue, $0.rawValue + "Source"] }
    + Performance.yearlyIndicators.map(\.rawValue)
    + ["score", "class", "rank", "of", "corrections", "notes", "errors"]

  /// The header line, after the byte-order mark that starts the file.
  public static func head() -> String {
    CSVWriter.byteOrderMark + CSVWriter().line(header)
  }

  public static func row(_ verdict: EnterpriseVerdict) -> String {
    let enterprise = verdict.enterprise
    let scoring = verdict.scoring
    func parcels(_ role: LandShare.Role) -> String {
      enterprise.land.filter { $0.role == role }
        .map { "\($0.parcel) (\(JSONWriter.format($0.mu)) mu)" }.joined(separator: "; ")
    }
    var fields = [
      enterprise.code, enterprise.name ?? "", String(enterprise.year), verdict.track,
      enterprise.scale?.rawValue ?? "", enterprise.sector ?? "",
      enterprise.district ?? "", JSONWriter.format(enterprise.areaMu), parcels(.holder),
      parcels(.tenant),
    ]
    for field in PerformanceField.allCases {
      let figure = enterprise.figures[field]
      fields.append(figure.map { JSONWriter.format($0.value) } ?? "")
      fields.append(figure?.source ?? "")
    }
    fields += enterprise.indicators.map { $0.reading.value.map(JSONWriter.format) ?? "" }
    fields.append(scoring?.score.map { NumberText.format($0) } ?? "")
    fields.append(scoring?.class?.rawValue ?? "")
    fields.append(scoring?.rank.map(String.init) ?? "")
    fields.append(scoring?.rank != nil ? scoring?.groupSize.map(String.init) ?? "" : "")
    fields.append(
      enterprise.corrections.map { applied in
        let correction = applied.correction
        return
          "\(correction.field) \(applied.oldValue.map(JSONWriter.format) ?? "-") → \(correction.value.map(JSONWriter.format) ?? "-") (\(correction.document))"
      }.joined(separator: " | "))
    fields.append(enterprise.notes.map(\.description).joined(separator: " | "))
    fields.append(enterprise.errors.map(\.description).joined(separator: " | "))
    return CSVWriter().line(fields)
  }
}
