import Land
import Rules
import XMLStream

extension Evaluator {
  /// The findings for one indicator, appended to `findings`: one per
  /// deciding row (`rows`, positions in the rule set's rows). When the same
  /// row sets both the minimum and the maximum, that is one finding with
  /// both.
  func appendFindings(
    for indicator: Indicator, reading: Reading, rows: BoundingRows,
    to findings: inout [Finding]
  ) {
    let all = ruleSet.rows
    switch (rows.min, rows.max) {
    case (let min?, let max?) where all[min].location == all[max].location:
      findings.append(finding(indicator, reading, row: min, min: all[min].min, max: all[max].max))
    case (let min?, let max?):
      findings.append(finding(indicator, reading, row: min, min: all[min].min, max: nil))
      findings.append(finding(indicator, reading, row: max, min: nil, max: all[max].max))
    case (let min?, nil):
      findings.append(finding(indicator, reading, row: min, min: all[min].min, max: nil))
    case (nil, let max?):
      findings.append(finding(indicator, reading, row: max, min: nil, max: all[max].max))
    case (nil, nil):
      break
    }
  }

  /// The finding of the row at `index` in the rule set's rows, with the
  /// texts of that row made once per run (``RowTexts``).
  func finding(
    _ indicator: Indicator, _ reading: Reading, row index: Int, min: Double?, max: Double?
  ) -> Finding {
    // The row's texts and fields are read one by one, never copied whole,
    // and each only where the message needs it: a copy of `RowTexts` or of
    // the row retained, and then released, every string in it, and a
    // passing finding needs one text of the row. (Measured, release, 200k
    // parcels, `perf record`: retains in this function were 2.3% of a batch
    // run's time with whole copies; 1.4% with the scope, the unit and two
    // bounds texts read for every finding.)
    let status: FindingStatus
    let message: FindingText
    var value: Double?
    let name = indicator.rawValue
    switch reading {
    case .noData(let reason):
      status = .nodata
      message = .written(
        MessageText.joined(
          name, " has no data (", reason, "), so ", boundsInScope(index, min, max),
          " cannot be checked"))
    case .value(let v):
      value = v
      if let min, !BoundCheck.meetsMinimum(v, min) {
        status = .fail
        let (a, b) = NumberText.pair(v, min)
        let (unit, scope) = (rowTexts[index].unit, rowTexts[index].scope)
        message = .written(
          MessageText.joined(name, " ", a, unit, " is below the minimum ", b, unit, " ", scope))
      } else if let max, !BoundCheck.meetsMaximum(v, max) {
        status = .fail
        let (a, b) = NumberText.pair(v, max)
        let (unit, scope) = (rowTexts[index].unit, rowTexts[index].scope)
        message = .written(
          MessageText.joined(name, " ", a, unit, " is above the maximum ", b, unit, " ", scope))
      } else {
        status = .pass
        // `plotRatio 1.2384 meets the minimum 1 for sector C292 (…:39)`
        message = .meets(subject: name, value: v, rest: meetsBoundsInScope(index, min, max))
      }
    }
    return Finding(
      indicator: indicator, status: status, value: value, min: min, max: max,
      citation: rowTexts[index].citation, text: message)
  }

  /// `the minimum 1 for sector C (cn-national-2008.xml:54)`: the bounds
  /// checked, of the row at `index`, and its scope.
  private func boundsInScope(_ index: Int, _ min: Double?, _ max: Double?) -> String {
    switch (min, max) {
    case (_?, _?): rowTexts[index].rangeInScope
    case (_?, nil): rowTexts[index].minimumInScope
    case (nil, _?): rowTexts[index].maximumInScope
    case (nil, nil): "no bound " + rowTexts[index].scope
    }
  }

  /// ` meets the minimum 1 for sector C (cn-national-2008.xml:54)` (after
  /// the unit): the end of a passing finding's message.
  private func meetsBoundsInScope(_ index: Int, _ min: Double?, _ max: Double?) -> String {
    switch (min, max) {
    case (_?, _?): rowTexts[index].meetsRangeInScope
    case (_?, nil): rowTexts[index].meetsMinimumInScope
    case (nil, _?): rowTexts[index].meetsMaximumInScope
    case (nil, nil): rowTexts[index].unit + " meets " + boundsInScope(index, nil, nil)
    }
  }
}

/// The parts of a threshold row's messages that depend on the row alone:
/// made once per run, for every row, not once per finding. Measured
/// (release, 200k parcels, `perf record`): the scope and the bounds text,
/// remade for each finding, were 1.7% of a batch run.
struct RowTexts: Sendable {
  /// ``RowText/scope(of:)``.
  var scope: String
  /// ``RowText/unitSuffix(_:)`` of the row's indicator.
  var unit: String
  /// ``RowText/bounds(min:max:unit:)`` of the row's minimum alone, its
  /// maximum alone, and both (empty when the row does not set them).
  var minimum: String
  var maximum: String
  var range: String
  /// Each of the three, a space and the scope.
  var minimumInScope: String
  var maximumInScope: String
  var rangeInScope: String
  /// Each of those after the unit and ` meets `: the end of a passing
  /// finding's message, after the value. Measured with callgrind (release,
  /// 10k parcels): `Evaluator.finding` took 93.5 M instructions appending
  /// the unit, ` meets ` and the bounds for each finding, 88.3 M with these.
  var meetsMinimumInScope: String
  var meetsMaximumInScope: String
  var meetsRangeInScope: String
  /// The row's place, rule set id and source, for every finding citing it.
  var citation: FindingCitation

  /// The texts of `row`, at `index` in its rule set's rows.
  init(_ row: ThresholdRow, at index: Int) {
    let unit = RowText.unitSuffix(row.indicator.unit)
    scope = RowText.scope(of: row)
    self.unit = unit
    minimum = row.min.map { RowText.bounds(min: $0, max: nil, unit: unit) } ?? ""
    maximum = row.max.map { RowText.bounds(min: nil, max: $0, unit: unit) } ?? ""
    range = RowText.bounds(min: row.min, max: row.max, unit: unit)
    minimumInScope = minimum + " " + scope
    maximumInScope = maximum + " " + scope
    rangeInScope = range + " " + scope
    meetsMinimumInScope = unit + " meets " + minimumInScope
    meetsMaximumInScope = unit + " meets " + maximumInScope
    meetsRangeInScope = unit + " meets " + rangeInScope
    citation = FindingCitation(
      rule: row.location, ruleSetID: row.ruleSetID, source: row.source, row: index)
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
