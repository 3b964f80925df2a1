public import Land
public import XMLStream

/// One scoring scheme (`<scheme>`), such as the one for firms above
/// designated size (规上) or below it (规下), with its items.
public struct ScoringScheme: Sendable, Hashable {
  /// The scheme's name in verdicts and group keys (`above`, `below`).
  public var id: String
  /// The holder scale it applies to; nil: any (a record without scale too).
  public var scale: HolderScale?
  /// Smallest site area in mu a parcel needs to be scored by this scheme
  /// (below-size firms from 3 mu, say); nil: no minimum.
  public var minMu: Double?
  /// Largest area in mu (exclusive) a firm may have to be scored by this
  /// scheme (small firms under 3 mu, say); nil: no maximum.
  public var maxMu: Double?
  /// Enterprises only: the scheme takes firms that hold no land and only
  /// rent (租赁企业); without it, only firms that hold land.
  public var takesTenants: Bool
  public var items: [ScoringItem]
  /// The `when` condition: the scheme scores only parcels it is true for.
  public var condition: Condition?
  public var location: SourceLocation

  public init(
    id: String, scale: HolderScale? = nil, minMu: Double? = nil, maxMu: Double? = nil,
    takesTenants: Bool = false, items: [ScoringItem], location: SourceLocation,
    condition: Condition? = nil
  ) {
    self.id = id
    self.scale = scale
    self.minMu = minMu
    self.maxMu = maxMu
    self.takesTenants = takesTenants
    self.items = items
    self.location = location
    self.condition = condition
  }

  /// The sum of the items' weights (the score of a firm at every benchmark
  /// under the ratio method).
  public var totalWeight: Double { items.reduce(0) { $0 + $1.weight } }
}
