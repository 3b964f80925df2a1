import Evaluation
import Land
import Rules
import XMLStream

/// The parcel card as a template sees it: strings and lists only.
struct HTMLCardPage: Sendable {
  struct Check: Sendable {
    var indicator: String
    /// `pass`, `fail` or `nodata`: a CSS class, never input data.
    var key: String
    var icon: String
    var word: String
    var value: String
    var bound: String
    var message: String
    var rule: String
    var source: String?
    var bar: Bar?
  }

  /// A 200-wide bar: the value's length and the bounds' positions.
  struct Bar: Sendable {
    var valueWidth: String
    var minX: String?
    var maxX: String?
  }

  struct Value: Sendable {
    var indicator: String
    var value: String
    var reason: String?
  }

  var lang: String
  var t: [String: String]
  var parcel: String
  var name: String?
  var district: String?
  var sector: String?
  var area: String?
  var statusKey: String
  var statusIcon: String
  var statusWord: String
  var year: String?
  var location: String
  var ruleSet: HTMLBatchPage.RuleSetView
  var stamp: String?
  var checks: [Check]
  var hasChecks: Bool
  var values: [Value]
  var hasValues: Bool
  var errors: [String]
  var hasErrors: Bool
  var notes: [String]
  var hasNotes: Bool
  /// The score breakdown by item; nil when the verdict was not scored.
  var scoring: HTMLCardScoring?
  /// Contract clauses, damages and their basis, idle-land state; nil when not checked.
  var contract: HTMLCardContract?

  init(_ card: ParcelCard) {
    let t = card.language.strings
    let label = { (key: String) in t[key] ?? key }
    let verdict = card.verdict
    lang = card.language.htmlTag
    self.t = t
    parcel = verdict.parcel ?? "—"
    name = verdict.summary?.name
    district = verdict.summary.map { "\($0.district.code) \($0.district.name)" }
    sector = verdict.summary.map { "\($0.sector.code) \($0.sector.name)" }
    area = verdict.summary.map {
      "\(HTMLNumber.short($0.area.mu, 3)) \(label("mu")) (\(HTMLNumber.short($0.area.squareMetres, 1)) \(label("squareMetres")))"
    }
    statusKey = verdict.status.rawValue
    statusIcon = verdict.status.icon
    statusWord = label(verdict.status.rawValue)
    year = verdict.year.map(String.init)
    location = verdict.location.description
    let identity = card.ruleSet.identity
    ruleSet = HTMLBatchPage.RuleSetView(
      id: identity.id, version: identity.version, sha256: identity.sha256,
      title: card.ruleSet.metadata.title, source: card.ruleSet.metadata.source,
      fileName: identity.fileName, base: identity.base.map { "\($0.id) \($0.version)" })
    stamp = card.stamp
    var reasons: [Indicator: String] = [:]
    for entry in verdict.indicators {
      if let reason = entry.reading.noDataReason { reasons[entry.indicator] = reason }
    }
    let chinese = card.language == .zh
    checks =
      verdict.findings.map { finding in
        var check = Self.check(finding, t: t)
        // On a Chinese page, the sentence in Chinese where every part of it
        // can be (ChineseReasons); else the verdict's own English sentence.
        if chinese, let unit = t["unit.\(finding.indicator.unit.rawValue)"],
          let text = ChineseReasons.finding(
            status: finding.status, value: finding.value, min: finding.min, max: finding.max,
            unit: unit.isEmpty ? "" : " " + unit, reason: reasons[finding.indicator])
        {
          check.message = text
        }
        return check
      }
      + verdict.customFindings.map { Self.check($0, t: t) }
    hasChecks = !checks.isEmpty
    values = verdict.indicators.map { entry in
      let unit = t["unit.\(entry.indicator.unit.rawValue)"] ?? ""
      return Value(
        indicator: label("indicator.\(entry.indicator.rawValue)"),
        value: entry.reading.value.map {
          HTMLNumber.short($0, 3) + (unit.isEmpty ? "" : " " + unit)
        }
          ?? label("nodata"),
        reason: entry.reading.noDataReason.map { reason in
          chinese ? ChineseReasons.translate(reason) ?? reason : reason
        })
    }
    hasValues = !values.isEmpty
    errors = verdict.errors.map(\.description)
    hasErrors = !errors.isEmpty
    notes = verdict.notes
    hasNotes = !notes.isEmpty
    scoring = verdict.scoring.map { HTMLCardScoring($0, t: t) }
    contract = verdict.contract.map { HTMLCardContract($0, t: t) }
  }

  static func check(_ finding: Finding, t: [String: String]) -> Check {
    let unit = t["unit.\(finding.indicator.unit.rawValue)"] ?? ""
    return check(
      indicator: t["indicator.\(finding.indicator.rawValue)"] ?? finding.indicator.rawValue,
      unit: unit.isEmpty ? nil : unit, status: finding.status, value: finding.value,
      min: finding.min, max: finding.max, message: finding.message,
      rule: "\(finding.ruleSetID) \(finding.ruleReference)", source: finding.source, t: t)
  }

  /// A row on a custom indicator of the rule set (issue 8): its name and
  /// unit as the rule set writes them.
  static func check(_ finding: CustomFinding, t: [String: String]) -> Check {
    check(
      indicator: finding.indicator, unit: finding.unit, status: finding.status,
      value: finding.value, min: finding.min, max: finding.max, message: finding.message,
      rule: "\(finding.ruleSetID) \(finding.rule.file):\(finding.rule.line)",
      source: finding.source, t: t)
  }

  private static func check(
    indicator: String, unit: String?, status: FindingStatus, value: Double?, min: Double?,
    max: Double?, message: String, rule: String, source: String?, t: [String: String]
  ) -> Check {
    let unitText = unit.map { " " + $0 } ?? ""
    var bound: [String] = []
    if let min { bound.append("\(t["atLeast"] ?? "≥") \(HTMLNumber.short(min, 3))") }
    if let max { bound.append("\(t["atMost"] ?? "≤") \(HTMLNumber.short(max, 3))") }
    let icon =
      switch status {
      case .pass: "✓"
      case .fail: "✗"
      case .nodata: "?"
      }
    return Check(
      indicator: indicator, key: status.rawValue, icon: icon, word: t[status.rawValue] ?? "",
      value: value.map { HTMLNumber.short($0, 3) + unitText } ?? (t["nodata"] ?? ""),
      bound: bound.joined(separator: ", ") + unitText, message: message, rule: rule,
      source: source, bar: value.flatMap { bar(value: $0, min: min, max: max) })
  }

  /// Scaled so the larger of value and bounds takes four fifths of the width.
  static func bar(value: Double, min: Double?, max: Double?) -> Bar? {
    let top = Swift.max(value, min ?? 0, max ?? 0)
    let scale = top > 0 ? 200 / (top * 1.25) : 1
    let x = { (v: Double) in HTMLNumber.coordinate(Swift.min(Swift.max(v * scale, 0), 200)) }
    return Bar(valueWidth: x(value), minX: min.map(x), maxX: max.map(x))
  }
}
