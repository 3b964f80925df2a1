public import Tables

/// A value read from a department file, with the cell it came from, which
/// the enterprise verdicts name (records.md, `figures.*.source`).
public struct Sourced<Value: Sendable & Hashable>: Sendable, Hashable {
  public var value: Value
  public var source: CellPlace

  public init(_ value: Value, source: CellPlace) {
    self.value = value
    self.source = source
  }
}
