/// One of an enterprise's figures and where it came from: a department
/// file's row (`tax-2024.csv:17`, `tax-2024.xlsx:Sheet1!17`) or the land
/// records' `<performance>` of the parcels it holds (`records.xml:120`,
/// several joined with `+`).
public struct EnterpriseFigure: Sendable, Hashable {
  public var value: Double
  public var source: String

  public init(value: Double, source: String) {
    self.value = value
    self.source = source
  }
}
