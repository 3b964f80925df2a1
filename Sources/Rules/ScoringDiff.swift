import Land

/// The scoring part of a ``RuleSetDiff``: schemes by id, items by
/// indicator (weight, benchmark, direction, method, cap, missing data),
/// class shares or cut-offs, surcharges, exemptions and vetoes as text.
enum ScoringDiff {
  typealias Change = RuleSetDiff.ScoringChange

  static func changes(old: Scoring?, new: Scoring?) -> [Change] {
    switch (old, new) {
    case (nil, nil): return []
    case (nil, .some): return [Change(subject: "scoring", old: "-", new: "added")]
    case (.some, nil): return [Change(subject: "scoring", old: "present", new: "removed")]
    case (let old?, let new?):
      var changes: [Change] = []
      for scheme in old.schemes {
        guard let now = new.schemes.first(where: { $0.id == scheme.id }) else {
          changes.append(Change(subject: "scheme \(scheme.id)", old: "present", new: "removed"))
          continue
        }
        changes += items(scheme, now)
      }
      for scheme in new.schemes where !old.schemes.contains(where: { $0.id == scheme.id }) {
        let list = scheme.items.map { "\($0.name) \(number($0.weight))" }
        changes.append(
          Change(subject: "scheme \(scheme.id)", old: "-", new: list.joined(separator: ", ")))
      }
      let fields: [(String, (Scoring) -> String)] = [
        ("unit", { $0.unit.rawValue }),
        ("tenants' land", { $0.unit == .enterprise ? $0.tenantLand.rawValue : "-" }),
        ("groups", { $0.groupBy.map(\.rawValue).joined(separator: " ") }),
        (
          "industry groups",
          {
            $0.industryGroups.map { "\($0.id) \($0.sectors.joined(separator: " "))" }
              .joined(separator: "; ")
          }
        ),
        ("classes", { classes($0.classes) }),
        (
          "classes per scheme or group",
          {
            $0.scopedClasses.map {
              "\($0.scheme ?? "*")/\($0.industryGroup ?? "*"): \(classes($0.classes))"
            }.joined(separator: "; ")
          }
        ),
        (
          "adjustments",
          {
            $0.adjustments.map {
              "\($0.points.source)" + ($0.condition.map { " when \($0.source)" } ?? "")
            }.joined(separator: "; ")
          }
        ),
        ("surcharges", { surcharges($0) }),
        ("exemptions", { $0.exemptions.map { "\($0.kind)" }.joined(separator: ", ") }),
        (
          "vetoes",
          { $0.vetoes.map { "\($0.event.rawValue) \($0.class.rawValue)" }.joined(separator: ", ") }
        ),
      ]
      for (subject, text) in fields where text(old) != text(new) {
        changes.append(Change(subject: subject, old: or(text(old)), new: or(text(new))))
      }
      return changes
    }
  }

  private static func items(_ old: ScoringScheme, _ new: ScoringScheme) -> [Change] {
    var changes: [Change] = []
    let prefix = "scheme \(old.id)"
    for item in old.items {
      let subject = "\(prefix), \(item.name)"
      guard let now = new.items.first(where: { $0.name == item.name }) else {
        changes.append(
          Change(subject: subject, old: "weight \(number(item.weight))", new: "removed"))
        continue
      }
      let fields: [(String, (ScoringItem) -> String)] = [
        ("weight", { number($0.weight) }),
        ("benchmark", { benchmark($0.benchmark) }),
        ("benchmark factor", { number($0.benchmarkFactor) }),
        ("benchmark year", { $0.benchmarkYear.rawValue }),
        ("direction", { "\($0.direction)" }),
        ("method", { "\($0.method)" }),
        ("cap", { $0.cap.map(number) ?? "-" }),
        ("missing", { "\($0.missing)" }),
      ]
      for (field, text) in fields where text(item) != text(now) {
        changes.append(Change(subject: "\(subject) \(field)", old: text(item), new: text(now)))
      }
    }
    for item in new.items where !old.items.contains(where: { $0.name == item.name }) {
      changes.append(
        Change(
          subject: "\(prefix), \(item.name)", old: "-",
          new: "weight \(number(item.weight))"))
    }
    if old.scale != new.scale || old.minMu != new.minMu || old.maxMu != new.maxMu
      || old.takesTenants != new.takesTenants || old.condition?.source != new.condition?.source
    {
      let text = { (s: ScoringScheme) in
        "\(s.scale.map { "\($0)" } ?? "any")" + (s.minMu.map { " from \(number($0)) mu" } ?? "")
          + (s.maxMu.map { " under \(number($0)) mu" } ?? "")
          + (s.takesTenants ? ", tenants too" : "")
          + (s.condition.map { " when \($0.source)" } ?? "")
      }
      changes.append(Change(subject: "\(prefix) applies to", old: text(old), new: text(new)))
    }
    return changes
  }

  private static func classes(_ classes: ScoringClasses?) -> String {
    switch classes {
    case nil: return "-"
    case .rankShares(let shares)?:
      return "by rank "
        + shares.map { "\($0.class.rawValue) \($0.upTo.map(number) ?? "rest")" }
        .joined(separator: ", ")
    case .scoreCutoffs(let cutoffs)?:
      return "by score "
        + cutoffs.map { "\($0.class.rawValue) \($0.minScore.map(number) ?? "rest")" }
        .joined(separator: ", ")
    }
  }

  private static func surcharges(_ scoring: Scoring) -> String {
    scoring.surcharges.map { surcharge in
      "\(surcharge.class.rawValue) \(number(surcharge.perKWh))/kWh"
        + (surcharge.consecutiveYears.map { " after \($0) years" } ?? "")
    }.joined(separator: ", ")
  }

  private static func benchmark(_ benchmark: ScoringBenchmark) -> String {
    switch benchmark {
    case .fixed(let value): number(value)
    case .groupMean: "mean"
    case .groupMedian: "median"
    case .cohortTotal: "cohort"
    }
  }

  private static func or(_ text: String) -> String { text.isEmpty ? "-" : text }

  /// Up to 6 decimals, no trailing zeros: `24.097`, `30`, `0.2`.
  static func number(_ value: Double) -> String {
    var text = String(format6(value))
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text
  }

  private static func format6(_ value: Double) -> String {
    let scaled = (value * 1_000_000).rounded()
    let negative = scaled < 0
    let magnitude = Int(abs(scaled))
    let whole = magnitude / 1_000_000
    let fraction = String(magnitude % 1_000_000)
    let padded = String(repeating: "0", count: 6 - fraction.count) + fraction
    return (negative ? "-" : "") + "\(whole).\(padded)"
  }
}
