public import Tables

/// One figure of a department data row: the value in the field's default
/// unit (the `<performance>` attribute's), and the cell it came from.
public struct DepartmentFigure: Sendable, Hashable {
  public var field: PerformanceField
  public var value: Double
  public var source: CellPlace

  public init(_ field: PerformanceField, _ value: Double, source: CellPlace) {
    self.field = field
    self.value = value
    self.source = source
  }
}
