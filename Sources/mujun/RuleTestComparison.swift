import Evaluation
import Land
import Rules
import XMLStream

/// Expected cells against verdicts, one message per mismatch:
/// `file:line: parcel ID: status: expected compliant, got noncompliant`.
enum RuleTestComparison {
  static func mismatches(
    _ expected: RuleTestExpectations, verdicts: [String: Verdict], order: [String]
  ) -> [String] {
    var found: [String] = []
    var listed: Set<String> = []
    for expectation in expected.expectations {
      listed.insert(expectation.parcel)
      let at = "\(expectation.location.file):\(expectation.location.line)"
      guard let verdict = verdicts[expectation.parcel] else {
        found.append("\(at): parcel \(expectation.parcel): expected a verdict, got none")
        continue
      }
      for (column, want) in expectation.cells {
        let got = cell(column, of: verdict)
        guard !same(want, got, numeric: Indicator(rawValue: column) != nil) else { continue }
        var line =
          "\(at): parcel \(expectation.parcel): \(column): expected \(show(want)), got \(show(got))"
        if column == "status" || column == "failed", let reason = reason(verdict) {
          line += " (\(reason))"
        }
        found.append(line)
      }
    }
    for id in order where !listed.contains(id) {
      found.append(
        "\(expected.expectations.first?.location.file ?? "expected"): parcel \(id): got a verdict (\(verdicts[id]?.status.rawValue ?? "")), expected none: add a line for it"
      )
    }
    return found
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
  /// Four decimals, rounded half away from zero: `1.5067`.
  fileprivate init(format4 value: Double) {
    let scaled = (value * 10_000).rounded()
    let negative = scaled < 0
    let magnitude = Int(abs(scaled))
    let fraction = String(magnitude % 10_000)
    self =
      (negative ? "-" : "") + "\(magnitude / 10_000)."
      + String(repeating: "0", count: 4 - fraction.count) + fraction
  }
}
