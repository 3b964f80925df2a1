public import XMLStream

/// What a batch run amounted to, beyond its verdicts.
public struct BatchOutcome: Sendable {
  public var file: String
  /// The error that ended the file early (not well-formed, unreadable).
  public var fatal: Diagnostic?
  /// Problems with the file itself that did not stop it (the root's attributes).
  public var fileErrors: [Diagnostic] = []
  /// Verdicts by status.
  public var counts: [VerdictStatus: Int] = [:]

  public init(file: String) {
    self.file = file
  }

  public var total: Int { counts.values.reduce(0, +) }

  /// True when some input was rejected or could not be read: exit status 2.
  public var hadInputErrors: Bool {
    fatal != nil || !fileErrors.isEmpty || (counts[.rejected] ?? 0) > 0
  }

  mutating func count(_ verdict: Verdict) {
    counts[verdict.status, default: 0] += 1
  }
}
