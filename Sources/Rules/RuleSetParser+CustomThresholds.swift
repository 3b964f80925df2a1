import Land
import XMLStream

/// Threshold rows on custom indicators (`<threshold indicator="taxPerEnergy" …>`).
extension RuleSetParser {
  private static let customThresholdAttributes = [
    "indicator", "sector", "district", "zone", "min", "max", "source", "when",
  ]

  /// True when the row is not on a built-in indicator and the file
  /// declares custom ones: the row is then this file's to check (an
  /// unknown name is reported with the custom names among the candidates).
  func isCustomThreshold(_ element: XMLElement) -> Bool {
    guard let name = element.attribute("indicator"), Indicator(rawValue: name) == nil else {
      return false
    }
    return !file.expressions.indicators.isEmpty
  }

  /// The message for a name that is neither built in nor one of `custom`
  /// (threshold rows and scoring items).
  static func unknownCustomIndicator(_ name: String, custom: [String]) -> String {
    let hint = Suggestion.closest(to: name, among: custom + Indicator.allCases.map(\.rawValue))
    return
      "unknown indicator \"\(name)\"; expected a built-in indicator (docs/records.md) or a custom one of <indicators>: \(custom.joined(separator: ", "))"
      + (hint.map { "; did you mean \($0)?" } ?? "")
  }

  /// Parses a row on a custom indicator into `file.expressions.rows`, or reports what is wrong.
  mutating func parseCustomThreshold(_ element: XMLElement) {
    checkAttributes(element, allowed: Self.customThresholdAttributes)
    let at = element.location
    let before = file.diagnostics.count
    let indicator = element.attribute("indicator") ?? ""
    let custom = file.expressions.indicators.map(\.name)
    if !custom.contains(indicator) {
      file.diagnostics.append(
        Diagnostic(at: at, Self.unknownCustomIndicator(indicator, custom: custom)))
    }
    let sector = element.attribute("sector")
    if let sector, !Lexical.isSectorPrefix(sector) { file.report(.invalidSector(sector), at: at) }
    if sector == nil {
      file.report(
        .missingAttribute(
          "sector", element: "threshold", expected: "a GB/T 4754 code prefix such as C or C39"),
        at: at)
    }
    let district = element.attribute("district")
    if let district, !Lexical.isDistrictPrefix(district) {
      file.report(.invalidDistrict(district), at: at)
    }
    var zone: ZoneLevel?
    if let written = element.attribute("zone") {
      zone = ZoneLevel(rawValue: written)
      if zone == nil { file.report(.unknownZone(written), at: at) }
    }
    let (writtenMin, writtenMax) = (element.attribute("min"), element.attribute("max"))
    let min = writtenMin.flatMap(Lexical.decimal)
    let max = writtenMax.flatMap(Lexical.decimal)
    if let writtenMin, min == nil {
      file.report(.invalidNumber(attribute: "min", value: writtenMin), at: at)
    }
    if let writtenMax, max == nil {
      file.report(.invalidNumber(attribute: "max", value: writtenMax), at: at)
    }
    if writtenMin == nil, writtenMax == nil { file.report(.noBound, at: at) }
    if let min, let max, let writtenMin, let writtenMax, min > max {
      file.report(
        .minAboveMax(min: Lexical.trimmed(writtenMin), max: Lexical.trimmed(writtenMax)), at: at)
    }
    let source = element.attribute("source").map(Lexical.trimmed)
    let condition = whenCondition(of: element)
    guard file.diagnostics.count == before, let sector else { return }
    let row = CustomThresholdRow(
      indicator: indicator, sector: sector, district: district, zone: zone, min: min, max: max,
      source: source, condition: condition,
      location: SourceLocation(file: file.fileName, line: at.line, column: at.column),
      ruleSetID: file.id ?? "")
    if let first = file.expressions.rows.first(where: {
      ($0.indicator, $0.sector, $0.district, $0.zone, $0.condition?.source)
        == (row.indicator, row.sector, row.district, row.zone, row.condition?.source)
    }) {
      file.diagnostics.append(
        Diagnostic(
          at: at,
          "duplicate threshold row for \(indicator) on sector \(sector), first given at \(first.location); expected one row per indicator, sector, district, zone and condition"
        ))
      return
    }
    file.expressions.rows.append(row)
  }
}
