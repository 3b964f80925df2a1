/// Which rule set decided a verdict: its id and version as written, the
/// SHA-256 of the file's exact bytes, and the same for the rule set it
/// extends, if any.
public struct RuleSetIdentity: Sendable, Hashable {
  public var id: String
  public var version: String
  /// Lowercase hex SHA-256 of the file's bytes (`sha256sum` prints the same).
  public var sha256: String
  /// The file's last path component, such as `cn-national-2008.xml`.
  public var fileName: String
  // Boxed in an array: a struct cannot hold its own type directly.
  private var baseStorage: [RuleSetIdentity]

  public init(
    id: String, version: String, sha256: String, fileName: String, base: RuleSetIdentity? = nil
  ) {
    self.id = id
    self.version = version
    self.sha256 = sha256
    self.fileName = fileName
    self.baseStorage = base.map { [$0] } ?? []
  }

  /// The rule set this one extends, if any.
  public var base: RuleSetIdentity? {
    get { baseStorage.first }
    set { baseStorage = newValue.map { [$0] } ?? [] }
  }

  /// This identity, then its base, its base's base, and so on.
  public var lineage: [RuleSetIdentity] {
    var chain = [self]
    while let next = chain[chain.count - 1].base { chain.append(next) }
    return chain
  }
}
