public import Expressions
import Land
import Rules
import XMLStream

extension Evaluator {
  /// Every custom indicator of the rule set for one parcel, in declaration
  /// order; each value is also put in its slot of `inputs`, so indicators
  /// declared later can use it.
  public func customIndicatorValues(_ inputs: inout ExpressionInputs) -> [CustomIndicatorValue] {
    let base = ExpressionNames.environment.variables.count
    var values: [CustomIndicatorValue] = []
    for (offset, indicator) in ruleSet.expressions.indicators.enumerated() {
      let result = indicator.expression.evaluate(inputs)
      inputs[base + offset] = result
      values.append(
        CustomIndicatorValue(
          name: indicator.name, unit: indicator.unit, value: result.number,
          noDataReason: result.noDataReason))
    }
    return values
  }

  /// The custom indicators of the rule set for a parcel, the findings of
  /// the rows on them, and notes on conditions that had no data; folded
  /// into the verdict's `status` like built-in findings.
  func applyExpressions(_ parcel: Parcel, _ inputs: ExpressionInputs, status: inout VerdictStatus)
    -> CustomOutcome
  {
    var inputs = inputs
    var outcome = CustomOutcome()
    let values = customIndicatorValues(&inputs)
    outcome.indicators = values
    for value in values {
      let rows = ruleSet.expressions.rows.filter {
        $0.indicator == value.name
          && $0.applies(
            sector: parcel.sector.code, district: parcel.district.code, zone: parcel.zone?.level)
      }
      let held = rows.filter { $0.condition?.matches(inputs) ?? true }
      let minRow = Self.mostSpecific(held.filter { $0.min != nil })
      let maxRow = Self.mostSpecific(held.filter { $0.max != nil })
      var sides: [(row: CustomThresholdRow, min: Double?, max: Double?)] = []
      if let minRow { sides.append((minRow, minRow.min, nil)) }
      if let maxRow {
        if let index = sides.firstIndex(where: { $0.row.location == maxRow.location }) {
          sides[index].max = maxRow.max
        } else {
          sides.append((maxRow, nil, maxRow.max))
        }
      }
      outcome.findings += sides.map {
        Self.customFinding(value, row: $0.row, min: $0.min, max: $0.max)
      }
    }
    outcome.notes = conditionNotes(parcel, inputs)
    let statuses = outcome.findings.map(\.status)
    if statuses.contains(.fail), status == .compliant || status == .incomplete {
      status = .noncompliant
    } else if statuses.contains(.nodata), status == .compliant {
      status = .incomplete
    }
    return outcome
  }

  /// The row with the longest sector prefix, then district prefix, then a
  /// zone, then a condition; the first written at a tie.
  static func mostSpecific(_ rows: [CustomThresholdRow]) -> CustomThresholdRow? {
    var best: CustomThresholdRow?
    for row in rows where best.map({ row.specificity > $0.specificity }) ?? true { best = row }
    return best
  }

  static func customFinding(
    _ value: CustomIndicatorValue, row: CustomThresholdRow, min: Double?, max: Double?
  ) -> CustomFinding {
    let unit = value.unit.map { " " + $0 } ?? ""
    var scope = "for sector \(row.sector)"
    var qualifiers: [String] = []
    if let district = row.district { qualifiers.append("district \(district)") }
    if let zone = row.zone { qualifiers.append("\(zone.rawValue) zones") }
    if let condition = row.condition { qualifiers.append("when \(condition.source)") }
    if !qualifiers.isEmpty { scope += " in " + qualifiers.joined(separator: ", ") }
    scope += " (\(row.location.file):\(row.location.line))"
    let status: FindingStatus
    let message: String
    if let v = value.value {
      if let min, !BoundCheck.meetsMinimum(v, min) {
        status = .fail
        let (a, b) = NumberText.pair(v, min)
        message = "\(value.name) \(a)\(unit) is below the minimum \(b)\(unit) \(scope)"
      } else if let max, !BoundCheck.meetsMaximum(v, max) {
        status = .fail
        let (a, b) = NumberText.pair(v, max)
        message = "\(value.name) \(a)\(unit) is above the maximum \(b)\(unit) \(scope)"
      } else {
        status = .pass
        message =
          "\(value.name) \(NumberText.format(v))\(unit) meets \(RowText.bounds(min: min, max: max, unit: unit)) \(scope)"
      }
    } else {
      status = .nodata
      message =
        "\(value.name) has no data (\(value.noDataReason ?? "no value")), so \(RowText.bounds(min: min, max: max, unit: unit)) \(scope) cannot be checked"
    }
    return CustomFinding(
      indicator: value.name, unit: value.unit, status: status, value: value.value, min: min,
      max: max, rule: row.location, ruleSetID: row.ruleSetID, source: row.source,
      message: message)
  }

  /// A note for each threshold row that fits the parcel's sector, district
  /// and zone but whose condition had no data, so it was not applied.
  func conditionNotes(_ parcel: Parcel, _ inputs: ExpressionInputs) -> [String] {
    let (sector, district, zone) = (parcel.sector.code, parcel.district.code, parcel.zone?.level)
    var notes: [String] = []
    func note(_ condition: Condition, _ location: SourceLocation) {
      if case .noData(let reason) = condition.evaluate(inputs) {
        notes.append(
          "the row at \(location.file):\(location.line) was not applied: its condition `\(condition.source)` has no data (\(reason))"
        )
      }
    }
    for row in ruleSet.rows {
      guard let condition = row.condition, sector.hasPrefix(row.sector),
        row.district.map(district.hasPrefix) ?? true, row.zone.map({ $0 == zone }) ?? true
      else { continue }
      note(condition, row.location)
    }
    for row in ruleSet.expressions.rows {
      guard let condition = row.condition,
        row.applies(sector: sector, district: district, zone: zone)
      else { continue }
      note(condition, row.location)
    }
    return notes
  }
}

/// What a rule set's custom indicators add to a verdict.
struct CustomOutcome {
  /// The custom indicators' values, in declaration order.
  var indicators: [CustomIndicatorValue] = []
  /// The findings of the threshold rows on them.
  var findings: [CustomFinding] = []
  /// Rows not applied because their condition had no data.
  var notes: [String] = []
}
