/// The industry of the project on a parcel (`records.md`, `sector`): a
/// GB/T 4754-2017 code, a section letter and 2 to 4 digits (`C3971`), and
/// its name as written.
public struct Sector: Sendable, Hashable {
  public var code: String
  public var name: String

  public init(code: String, name: String) {
    self.code = code
    self.name = name
  }
}
