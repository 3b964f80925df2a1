public import Land
public import XMLStream

/// One parcel in an enterprise's land: the land it uses there, and as what.
public struct FirmLand: Sendable, Hashable {
  public var parcel: String
  public var mu: Double
  public var role: LandShare.Role
  /// Where the parcel's record starts.
  public var location: SourceLocation

  public init(parcel: String, mu: Double, role: LandShare.Role, location: SourceLocation) {
    self.parcel = parcel
    self.mu = mu
    self.role = role
    self.location = location
  }
}
