public import XMLStream

/// What a batch run amounted to, beyond its verdicts.
public struct BatchOutcome: Sendable {
  public var file: String
  /// The error that ended the file early (not well-formed, unreadable).
  public var fatal: Diagnostic?
  /// Problems with the file itself that did not stop it (the root's
  /// attributes, bytes skipped after a start tag that could not be read):
  /// the first ``fileErrorLimit`` of them; ``moreFileErrors`` counts the
  /// rest, so that a file broken everywhere does not fill memory.
  public private(set) var fileErrors: [Diagnostic] = []
  public private(set) var moreFileErrors = 0
  public static let fileErrorLimit = 1000
  /// Verdicts by status (only those with any).
  public var counts: [VerdictStatus: Int] {
    var counts: [VerdictStatus: Int] = [:]
    for (status, count) in zip(VerdictStatus.allCases, byStatus) where count > 0 {
      counts[status] = count
    }
    return counts
  }
  /// The counts in ``VerdictStatus/allCases`` order: counted once a
  /// verdict, a dictionary's hashing cost more than the rest of the
  /// writing thread's work on a verdict but settling its id.
  private var byStatus = [Int](repeating: 0, count: VerdictStatus.allCases.count)

  public init(file: String) {
    self.file = file
  }

  public var total: Int { byStatus.reduce(0, +) }

  /// True when some input was rejected or could not be read: exit status 2.
  public var hadInputErrors: Bool {
    fatal != nil || !fileErrors.isEmpty || byStatus[VerdictStatus.rejected.index] > 0
  }

  mutating func add(fileErrors errors: [Diagnostic]) {
    let room = max(0, Self.fileErrorLimit - fileErrors.count)
    fileErrors += errors.prefix(room)
    moreFileErrors += max(0, errors.count - room)
  }

  mutating func count(_ verdict: Verdict) {
    byStatus[verdict.status.index] += 1
  }
}
