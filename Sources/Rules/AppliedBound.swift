/// A bound that applies to a parcel, in the indicator's unit, with the row
/// that set it (for the verdict to cite).
public struct AppliedBound: Sendable, Hashable {
  public var value: Double
  public var row: ThresholdRow

  public init(value: Double, row: ThresholdRow) {
    self.value = value
    self.row = row
  }
}
