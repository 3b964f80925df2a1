import Land
import XMLStream

extension RuleSetParser {
  private static let thresholdAttributes = [
    "indicator", "sector", "district", "zone", "min", "max", "unit", "source", "from", "until",
    "when",
  ]

  mutating func parseThresholds(_ thresholds: XMLElement) {
    checkAttributes(thresholds, allowed: [])
    var firstByKey: [ThresholdKey: [ThresholdRow]] = [:]
    for child in thresholds.children where checkNamespace(child) {
      guard child.name == "threshold" else {
        file.report(
          .unexpectedElement(child.name, parent: "thresholds", expected: ["threshold"]),
          at: child.location)
        continue
      }
      if isCustomThreshold(child) {
        parseCustomThreshold(child)
        continue
      }
      guard var row = parseThreshold(child), parseRowPeriod(child, into: &row) else { continue }
      if let clash = clash(of: row, with: firstByKey[row.key] ?? []) {
        file.report(clash, at: child.location)
        continue
      }
      firstByKey[row.key, default: []].append(row)
      file.rows.append(row)
    }
  }

  /// One row, or nil when anything about it is wrong (all of it reported).
  private mutating func parseThreshold(_ element: XMLElement) -> ThresholdRow? {
    checkAttributes(element, allowed: Self.thresholdAttributes)
    let at = element.location
    var valid = true

    var indicator: Indicator?
    if let written = element.attribute("indicator") {
      indicator = Indicator(rawValue: written)
      if indicator == nil { file.report(.unknownIndicator(written), at: at) }
    } else {
      file.report(
        .missingAttribute(
          "indicator", element: "threshold", expected: "an indicator name such as plotRatio"),
        at: at)
    }

    let sector = element.attribute("sector")
    if let sector, !Lexical.isSectorPrefix(sector) {
      file.report(.invalidSector(sector), at: at)
      valid = false
    } else if sector == nil {
      file.report(
        .missingAttribute(
          "sector", element: "threshold", expected: "a GB/T 4754 code prefix such as C or C39"),
        at: at)
    }

    let district = element.attribute("district")
    if let district, !Lexical.isDistrictPrefix(district) {
      file.report(.invalidDistrict(district), at: at)
      valid = false
    }

    var zone: ZoneLevel?
    if let written = element.attribute("zone") {
      zone = ZoneLevel(rawValue: written)
      if zone == nil {
        file.report(.unknownZone(written), at: at)
        valid = false
      }
    }

    let writtenMin = element.attribute("min")
    let writtenMax = element.attribute("max")
    let min = writtenMin.flatMap(Lexical.decimal)
    let max = writtenMax.flatMap(Lexical.decimal)
    if let writtenMin, min == nil {
      file.report(.invalidNumber(attribute: "min", value: writtenMin), at: at)
      valid = false
    }
    if let writtenMax, max == nil {
      file.report(.invalidNumber(attribute: "max", value: writtenMax), at: at)
      valid = false
    }
    if writtenMin == nil, writtenMax == nil {
      file.report(.noBound, at: at)
      valid = false
    }
    if let min, let max, let writtenMin, let writtenMax, min > max {
      file.report(
        .minAboveMax(min: Lexical.trimmed(writtenMin), max: Lexical.trimmed(writtenMax)), at: at)
      valid = false
    }

    var unit: IndicatorUnit?
    if let written = element.attribute("unit"), let indicator {
      unit = IndicatorUnit(rawValue: written)
      if let accepted = unit, !indicator.unit.acceptedUnits.contains(accepted) { unit = nil }
      if unit == nil {
        file.report(.unitNotAccepted(unit: written, indicator: indicator), at: at)
        valid = false
      }
    }

    var source: String?
    if let written = element.attribute("source") {
      source = Lexical.trimmed(written)
      if source?.isEmpty == true {
        file.report(
          .emptyAttribute(
            "source", element: "threshold",
            expected: "the policy row it transcribes, or no source attribute"),
          at: at)
        valid = false
      }
    }

    let condition = whenCondition(of: element)
    if hasCondition(element), condition == nil { valid = false }
    guard valid, let indicator, let sector else { return nil }
    let inUnit = unit ?? indicator.unit
    guard let convertedMin = convert(min, from: inUnit, to: indicator),
      let convertedMax = convert(max, from: inUnit, to: indicator)
    else {
      // Accepted units always convert; a unit table that says otherwise is a bug.
      file.report(.unitNotAccepted(unit: inUnit.rawValue, indicator: indicator), at: at)
      return nil
    }
    return ThresholdRow(
      indicator: indicator, sector: sector, district: district, zone: zone,
      min: convertedMin, max: convertedMax, writtenMin: writtenMin.map(Lexical.trimmed),
      writtenMax: writtenMax.map(Lexical.trimmed), writtenUnit: inUnit, source: source,
      condition: condition,
      location: SourceLocation(file: file.fileName, line: at.line, column: at.column),
      ruleSetID: file.id ?? "")
  }

  /// A bound converted to the indicator's unit; `.some(nil)` for no bound,
  /// nil when the units do not convert.
  private func convert(_ value: Double?, from unit: IndicatorUnit, to indicator: Indicator)
    -> Double??
  {
    guard let value else { return .some(nil) }
    guard let converted = indicator.unit.convert(value, from: unit) else { return nil }
    return .some(converted)
  }
}
