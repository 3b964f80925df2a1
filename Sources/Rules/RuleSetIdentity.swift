/// Which rule set decided a verdict: its id and version as written, the
/// SHA-256 of the file's exact bytes, and the same for the rule set it
/// extends, if any.
///
/// The fields live in one shared, unchanging box, so that a copy counts one
/// reference instead of one for each string. Measured with `perf record`
/// (release, 200k parcels, 2026-12-06): copying the identity into each
/// verdict, field by field, took 1% of a batch run in `swift_retain` alone.
public struct RuleSetIdentity: Sendable, Hashable {
  private final class Fields: Sendable {
    let id: String
    let version: String
    let sha256: String
    let fileName: String
    let base: RuleSetIdentity?

    init(id: String, version: String, sha256: String, fileName: String, base: RuleSetIdentity?) {
      self.id = id
      self.version = version
      self.sha256 = sha256
      self.fileName = fileName
      self.base = base
    }
  }

  private var fields: Fields

  public init(
    id: String, version: String, sha256: String, fileName: String, base: RuleSetIdentity? = nil
  ) {
    fields = Fields(id: id, version: version, sha256: sha256, fileName: fileName, base: base)
  }

  public var id: String {
    get { fields.id }
    set {
      self = Self(id: newValue, version: version, sha256: sha256, fileName: fileName, base: base)
    }
  }

  public var version: String {
    get { fields.version }
    set { self = Self(id: id, version: newValue, sha256: sha256, fileName: fileName, base: base) }
  }

  /// Lowercase hex SHA-256 of the file's bytes (`sha256sum` prints the same).
  public var sha256: String {
    get { fields.sha256 }
    set { self = Self(id: id, version: version, sha256: newValue, fileName: fileName, base: base) }
  }

  /// The file's last path component, such as `cn-national-2008.xml`.
  public var fileName: String {
    get { fields.fileName }
    set { self = Self(id: id, version: version, sha256: sha256, fileName: newValue, base: base) }
  }

  /// The rule set this one extends, if any.
  public var base: RuleSetIdentity? {
    get { fields.base }
    set {
      self = Self(id: id, version: version, sha256: sha256, fileName: fileName, base: newValue)
    }
  }

  /// This identity, then its base, its base's base, and so on.
  public var lineage: [RuleSetIdentity] {
    var chain = [self]
    while let next = chain[chain.count - 1].base { chain.append(next) }
    return chain
  }

  /// Equal when every field is: the same box, or boxes holding the same.
  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.fields === rhs.fields
      || (lhs.id == rhs.id && lhs.version == rhs.version && lhs.sha256 == rhs.sha256
        && lhs.fileName == rhs.fileName && lhs.base == rhs.base)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(version)
    hasher.combine(sha256)
    hasher.combine(fileName)
    hasher.combine(base)
  }
}
