public import Tables
public import XMLStream

/// One of an enterprise's figures and where it came from: a department
/// file's row (`tax-2024.csv:17`, `tax-2024.xlsx:Sheet1!17`), the land
/// records' `<performance>` of the parcels it holds (`records.xml:120`,
/// several joined with `+`), or a correction (its row and document
/// number). The source is kept as places and written out when asked for
/// (``source``): a county's figures are millions.
public struct EnterpriseFigure: Sendable, Hashable {
  public enum Origin: Sendable, Hashable {
    /// The held parcels whose records give the figure.
    case records([SourceLocation])
    /// A department file's row (in a box of its own: a figure from the
    /// records, the most common, then takes no room for it).
    indirect case row(CellPlace)
    /// A corrections file's row, and the document that decided it (rare:
    /// kept in a box of its own, so every figure is not as large).
    indirect case correction(CellPlace, document: String)
    /// Written as it is.
    indirect case text(String)
  }

  public var value: Double
  public var origin: Origin

  public init(value: Double, origin: Origin) {
    self.value = value
    self.origin = origin
  }

  public init(value: Double, source: String) {
    self.init(value: value, origin: .text(source))
  }

  /// Where the figure came from, as a person looks it up.
  public var source: String {
    switch origin {
    case .records(let parcels): parcels.map { "\($0.file):\($0.line)" }.joined(separator: "+")
    case .row(let place): Self.row(place).description
    case .correction(let place, let document): "\(Self.row(place)) (\(document))"
    case .text(let text): text
    }
  }

  /// A place without its column: `file:17`, `file:Sheet!17`.
  static func row(_ place: CellPlace) -> CellPlace {
    var row = place
    row.column = nil
    return row
  }

  public static func == (lhs: EnterpriseFigure, rhs: EnterpriseFigure) -> Bool {
    lhs.value == rhs.value && lhs.source == rhs.source
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(value)
    hasher.combine(source)
  }
}
