/// The land-use right holder (`records.md`, `holder`).
public struct Holder: Sendable, Hashable {
  /// The holder's name, the element's text.
  public var name: String
  /// The 18-character unified social credit code (统一社会信用代码).
  public var creditCode: String?
  public var scale: HolderScale?

  public init(name: String, creditCode: String? = nil, scale: HolderScale? = nil) {
    self.name = name
    self.creditCode = creditCode
    self.scale = scale
  }
}
