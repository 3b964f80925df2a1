public import Tables

/// A field of an enterprise and year after merging the department files:
/// a value with the cell it came from, or an error (a bad cell, duplicate
/// rows, files that disagree), which is no data and does not fall back to
/// the land record's figure (records.md, "Who is an enterprise").
public enum MergedValue<Value: Sendable & Hashable>: Sendable, Hashable {
  case value(Sourced<Value>)
  case error

  /// The value, or nil for an error.
  public var value: Value? {
    if case .value(let sourced) = self { return sourced.value }
    return nil
  }

  /// The cell the value came from, or nil for an error.
  public var source: CellPlace? {
    if case .value(let sourced) = self { return sourced.source }
    return nil
  }
}
