/// An error or a note on an enterprise, with the place in an input it
/// comes from (a record `file:line:column`, a department file's cell).
public struct EnterpriseIssue: Sendable, Hashable, CustomStringConvertible {
  /// Where it comes from, as a person looks it up; nil when it concerns
  /// the enterprise as a whole.
  public var source: String?
  public var message: String

  public init(source: String?, _ message: String) {
    self.source = source
    self.message = message
  }

  public var description: String { source.map { "\($0): \(message)" } ?? message }
}
