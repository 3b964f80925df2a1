/// The administrative division a parcel lies in (`records.md`, `district`):
/// a GB/T 2260 six-digit code such as `510116`, and its name as written.
public struct District: Sendable, Hashable {
  public var code: String
  public var name: String

  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }
}
