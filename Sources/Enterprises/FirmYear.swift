/// An enterprise and a performance year: the key department data is
/// merged under. `code` is the credit code in normal form.
public struct FirmYear: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var code: String
  public var year: Int

  public init(code: String, year: Int) {
    self.code = code
    self.year = year
  }

  public var description: String { "\(code) \(year)" }

  /// By code, then year.
  public static func < (lhs: FirmYear, rhs: FirmYear) -> Bool {
    (lhs.code, lhs.year) < (rhs.code, rhs.year)
  }
}
