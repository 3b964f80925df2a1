/// The rule set a run was evaluated with, as the verdicts name it.
public struct HistoryRuleSet: Sendable, Hashable {
  /// The rule set's id.
  public var id: String
  /// Its version.
  public var version: String
  /// The SHA-256 of the rule set file, in lowercase hex.
  public var sha256: String

  public init(id: String, version: String, sha256: String) {
    self.id = id
    self.version = version
    self.sha256 = sha256
  }
}
