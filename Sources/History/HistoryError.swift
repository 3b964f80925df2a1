/// Why the history could not be opened, written or read: the file, what
/// happened and what to do. Rendered as a compiler renders its messages:
/// `history.sqlite: error: this is not an SQLite database…; give the path…`.
public struct HistoryError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The history file's path, as the caller gave it.
  public var path: String
  /// What happened.
  public var problem: String
  /// What to do about it.
  public var advice: String

  public init(path: String, problem: String, advice: String) {
    self.path = path
    self.problem = problem
    self.advice = advice
  }

  public var description: String { "\(path): error: \(problem); \(advice)" }
}
