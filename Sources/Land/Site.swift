/// Land uses on the site (`records.md`, `site`). The areas are stored in
/// m² whatever unit the record wrote them in; `unit` keeps that unit.
public struct Site: Sendable, Hashable {
  /// The unit the record gave the areas in.
  public var unit: AreaUnit
  /// Green area, m².
  public var greenArea: Double?
  /// Admin and living-service land, m².
  public var adminArea: Double?
  /// Footprints of structures that are not buildings, m².
  public var structureArea: Double?
  /// Open storage yards, m².
  public var yardArea: Double?

  /// A site whose areas are given in `unit` (converted to m² here).
  public init(
    unit: AreaUnit = .squareMetre, greenArea: Double? = nil, adminArea: Double? = nil,
    structureArea: Double? = nil, yardArea: Double? = nil
  ) {
    func squareMetres(_ value: Double?) -> Double? {
      value.map { Area($0, unit).squareMetres }
    }
    self.unit = unit
    self.greenArea = squareMetres(greenArea)
    self.adminArea = squareMetres(adminArea)
    self.structureArea = squareMetres(structureArea)
    self.yardArea = squareMetres(yardArea)
  }
}
