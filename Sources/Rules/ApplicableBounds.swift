/// The bounds on one indicator that apply to a parcel. The two sides are
/// resolved independently, so they may come from different rows.
public struct ApplicableBounds: Sendable, Hashable {
  public var min: AppliedBound?
  public var max: AppliedBound?

  public init(min: AppliedBound? = nil, max: AppliedBound? = nil) {
    self.min = min
    self.max = max
  }
}
