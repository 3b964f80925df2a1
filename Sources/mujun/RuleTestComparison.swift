import Evaluation
import Land
import Rules
import XMLStream

/// Expected cells against results, one message per mismatch:
/// `file:line: parcel ID: status: expected compliant, got noncompliant`
/// (`enterprise CODE: track: …` in a table of enterprises).
enum RuleTestComparison {
  /// What a case gave for one row of the table: a parcel's verdict or an
  /// enterprise's.
  struct Outcome {
    /// The cell of a column, written as the expected file writes it.
    var cell: (String) -> String
    /// Why it came out so, shown with a mismatch in `column`; nil for none.
    var reason: (_ column: String) -> String?
    /// A word for a result no line expects: the status or the track.
    var summary: String
  }

  /// Each expected line against the outcome of its id (parcel ids or credit
  /// codes, `order` as the case gave them), and each outcome no line names.
  /// `numeric`: the columns compared as numbers to 4 decimals.
  static func mismatches(
    _ expected: RuleTestExpectations, outcomes: [String: Outcome], order: [String],
    numeric: (String) -> Bool
  ) -> [String] {
    let noun = expected.key.rawValue
    var found: [String] = []
    var listed: Set<String> = []
    for expectation in expected.expectations {
      listed.insert(expectation.id)
      let at = "\(expectation.location.file):\(expectation.location.line)"
      guard let outcome = outcomes[expectation.id] else {
        found.append("\(at): \(noun) \(expectation.id): expected a verdict, got none")
        continue
      }
      for (column, want) in expectation.cells {
        let got = outcome.cell(column)
        guard !same(want, got, numeric: numeric(column)) else { continue }
        var line =
          "\(at): \(noun) \(expectation.id): \(column): expected \(show(want)), got \(show(got))"
        if let reason = outcome.reason(column) { line += " (\(reason))" }
        found.append(line)
      }
    }
    for id in order where !listed.contains(id) {
      found.append(
        "\(expected.expectations.first?.location.file ?? "expected"): \(noun) \(id): got a verdict (\(outcomes[id]?.summary ?? "")), expected none: add a line for it"
      )
    }
    return found
  }

  /// The outcomes of parcel verdicts.
  static func outcomes(_ verdicts: [String: Verdict]) -> [String: Outcome] {
    verdicts.mapValues { verdict in
      Outcome(
        cell: { cell($0, of: verdict) },
        reason: { $0 == "status" || $0 == "failed" ? reason(verdict) : nil },
        summary: verdict.status.rawValue)
    }
  }

  static func cell(_ column: String, of verdict: Verdict) -> String {
    switch column {
    case "status": return verdict.status.rawValue
    case "failed": return verdict.failedIndicators.map(\.rawValue).joined(separator: ",")
    case "class": return verdict.scoring?.class?.rawValue ?? "-"
    default:
      guard let indicator = Indicator(rawValue: column),
        let value = verdict.indicators.first(where: { $0.indicator == indicator })?.reading.value
      else { return "" }
      return String(format4: value)
    }
  }

  private static func same(_ want: String, _ got: String, numeric: Bool) -> Bool {
    if numeric, let a = Double(want), let b = Double(got) { return abs(a - b) < 0.00005 + 1e-12 }
    if !numeric {
      let sorted = { (text: String) in text.split(separator: ",").map(String.init).sorted() }
      return sorted(want) == sorted(got)
    }
    return want == got
  }

  private static func show(_ cell: String) -> String { cell.isEmpty ? "(none)" : cell }

  /// The first failing or undecided finding's sentence, or the first error.
  private static func reason(_ verdict: Verdict) -> String? {
    verdict.findings.first { $0.status != .pass }?.message
      ?? verdict.errors.first?.message ?? verdict.notes.first
  }
}

extension String {
  /// Four decimals, rounded half away from zero: `1.5067`; a number too
  /// large for that as Swift writes it.
  init(format4 value: Double) {
    let scaled = (value * 10_000).rounded()
    guard abs(scaled) < 1e18 else {
      self = "\(value)"
      return
    }
    let negative = scaled < 0
    let magnitude = Int(abs(scaled))
    let fraction = String(magnitude % 10_000)
    self =
      (negative ? "-" : "") + "\(magnitude / 10_000)."
      + String(repeating: "0", count: 4 - fraction.count) + fraction
  }
}
