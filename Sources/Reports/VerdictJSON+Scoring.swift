import Evaluation

extension VerdictJSON {
  /// The keys a scoring rule set adds (`score`, `class`, …).
  static func write(_ scoring: ScoringResult, to json: inout JSONWriter) {}
}
