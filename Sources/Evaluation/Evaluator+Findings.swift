import Land
import Rules
import XMLStream

extension Evaluator {
  /// The findings for one indicator: one per deciding row. When the same row
  /// sets both the minimum and the maximum, that is one finding with both.
  static func findings(
    for indicator: Indicator, reading: Reading, bounds: ApplicableBounds
  ) -> [Finding] {
    var findings: [Finding] = []
    appendFindings(for: indicator, reading: reading, bounds: bounds, to: &findings)
    return findings
  }

  /// ``findings(for:reading:bounds:)``, appended to `findings`. Measured
  /// (release, 200k parcels, `perf record`): the sides gathered in an
  /// array first, each with a copy of its threshold row, and the findings
  /// returned in an array of their own, cost 1.6% of a batch run in copies
  /// and releases.
  static func appendFindings(
    for indicator: Indicator, reading: Reading, bounds: ApplicableBounds,
    to findings: inout [Finding]
  ) {
    switch (bounds.min, bounds.max) {
    case (let min?, let max?) where min.row.location == max.row.location:
      findings.append(finding(indicator, reading, row: min.row, min: min.value, max: max.value))
    case (let min?, let max?):
      findings.append(finding(indicator, reading, row: min.row, min: min.value, max: nil))
      findings.append(finding(indicator, reading, row: max.row, min: nil, max: max.value))
    case (let min?, nil):
      findings.append(finding(indicator, reading, row: min.row, min: min.value, max: nil))
    case (nil, let max?):
      findings.append(finding(indicator, reading, row: max.row, min: nil, max: max.value))
    case (nil, nil):
      break
    }
  }

  static func finding(
    _ indicator: Indicator, _ reading: Reading, row: ThresholdRow, min: Double?,
    max: Double?
  ) -> Finding {
    let scope = RowText.scope(of: row)
    let unit = RowText.unitSuffix(indicator.unit)
    let status: FindingStatus
    let message: String
    var value: Double?
    switch reading {
    case .noData(let reason):
      status = .nodata
      message =
        "\(indicator.rawValue) has no data (\(reason)), so \(RowText.bounds(min: min, max: max, unit: unit)) \(scope) cannot be checked"
    case .value(let v):
      value = v
      if let min, !BoundCheck.meetsMinimum(v, min) {
        status = .fail
        let (a, b) = NumberText.pair(v, min)
        message = "\(indicator.rawValue) \(a)\(unit) is below the minimum \(b)\(unit) \(scope)"
      } else if let max, !BoundCheck.meetsMaximum(v, max) {
        status = .fail
        let (a, b) = NumberText.pair(v, max)
        message = "\(indicator.rawValue) \(a)\(unit) is above the maximum \(b)\(unit) \(scope)"
      } else {
        status = .pass
        message =
          "\(indicator.rawValue) \(NumberText.format(v))\(unit) meets \(RowText.bounds(min: min, max: max, unit: unit)) \(scope)"
      }
    }
    return Finding(
      indicator: indicator, status: status, value: value, min: min, max: max,
      rule: row.location, ruleSetID: row.ruleSetID, source: row.source, message: message)
  }
}

/// How messages name a row and its bounds.
enum RowText {
  /// `for sector C39 in district 5101, national zones (cn-national-2008.xml:57)`
  static func scope(of row: ThresholdRow) -> String {
    var text = "for sector \(row.sector)"
    var qualifiers: [String] = []
    if let district = row.district { qualifiers.append("district \(district)") }
    if let zone = row.zone { qualifiers.append("\(zone.rawValue) zones") }
    if !qualifiers.isEmpty { text += " in " + qualifiers.joined(separator: ", ") }
    return text + " (\(row.location.file):\(row.location.line))"
  }

  static func bounds(min: Double?, max: Double?, unit: String) -> String {
    switch (min, max) {
    case (let min?, let max?):
      "the range \(NumberText.format(min))–\(NumberText.format(max))\(unit)"
    case (let min?, nil): "the minimum \(NumberText.format(min))\(unit)"
    case (nil, let max?): "the maximum \(NumberText.format(max))\(unit)"
    case (nil, nil): "no bound"
    }
  }

  static func unitSuffix(_ unit: IndicatorUnit) -> String {
    unit == .ratio ? "" : " " + unit.rawValue
  }
}
