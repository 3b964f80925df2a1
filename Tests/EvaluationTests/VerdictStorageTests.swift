import Rules
import Testing
import XMLStream

@testable import Evaluation

/// A verdict's parts are shared between copies until one is changed: a
/// change to one copy must never show in another.
@Suite struct VerdictStorageTests {
  private static func verdict() -> Verdict {
    Verdict(
      parcel: "P-1", status: .compliant, year: 2024,
      ruleSet: RuleSetIdentity(id: "r", version: "1", sha256: "abc", fileName: "r.xml"),
      location: SourceLocation(file: "records.xml", line: 3, column: 3), notes: ["a note"])
  }

  @Test func aChangedCopyLeavesTheOriginalAlone() {
    let original = Self.verdict()
    var copy = original
    copy.status = .noncompliant
    copy.notes.append("another")
    copy.parcel = nil
    copy.pendingScoring = nil
    #expect(original.status == .compliant)
    #expect(original.notes == ["a note"])
    #expect(original.parcel == "P-1")
    #expect(copy.status == .noncompliant)
    #expect(copy.notes == ["a note", "another"])
    #expect(copy.parcel == nil)
  }

  @Test func theOriginalChangedAfterACopyLeavesTheCopyAlone() {
    var original = Self.verdict()
    let copy = original
    original.errors = [
      Diagnostic(at: SourceLocation(file: "records.xml", line: 9, column: 1), "broken")
    ]
    original.year = nil
    #expect(copy.errors.isEmpty)
    #expect(copy.year == 2024)
    #expect(original.errors.map(\.message) == ["broken"])
    #expect(original.year == nil)
  }

  @Test func copiesInAnArrayChangeOneAtATime() {
    var verdicts = Array(repeating: Self.verdict(), count: 3)
    verdicts[1].status = .rejected
    #expect(verdicts.map(\.status) == [.compliant, .rejected, .compliant])
  }
}

extension VerdictStorageTests {
  /// Printed as a struct with its parts as fields, in declaration order,
  /// as Swift prints any struct: `Name(label: value, …)`, each value as
  /// `String(reflecting:)` gives it (the tests compare verdicts as text).
  @Test func printsAsAStructOfItsParts() {
    let verdict = Self.verdict()
    func field(_ label: String, _ value: Any) -> String {
      label + ": " + String(reflecting: value)
    }
    let fields = [
      field("parcel", verdict.parcel as Any), field("status", verdict.status),
      field("year", verdict.year as Any), field("ruleSet", verdict.ruleSet),
      field("location", verdict.location), "summary: nil", "indicators: []", "findings: []",
      "errors: []", #"notes: ["a note"]"#, "scoring: nil", "contract: nil", "pendingScoring: nil",
      "customIndicators: []", "customFindings: []",
    ]
    #expect(String(describing: verdict) == "Verdict(" + fields.joined(separator: ", ") + ")")
  }
}

extension VerdictStorageTests {
  /// nil set over nil changes nothing; a value set on a copy shows in that
  /// copy alone.
  @Test func optionalPartsSetOnACopy() {
    let original = Self.verdict()
    var copy = original
    copy.scoring = nil
    copy.contract = nil
    copy.pendingScoring = nil
    #expect(copy.scoring == nil && copy.contract == nil)
    copy.scoring = ScoringResult(notScored: "no scheme")
    #expect(copy.scoring?.notScored == "no scheme")
    #expect(original.scoring == nil)
  }
}
