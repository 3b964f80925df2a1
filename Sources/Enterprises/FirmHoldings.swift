public import Land
public import XMLStream

/// What the land records say of one enterprise, gathered parcel by parcel
/// (``EnterpriseLedger``): the land it holds and rents, its names as the
/// records write them, and the holder's figures of the evaluated year
/// summed over the parcels it holds (records.md 1.1: a parcel's
/// performance is its holder's).
public struct FirmHoldings: Sendable {
  public private(set) var land: [FirmLand] = []
  /// Each name the records give the firm, with the first parcel that
  /// gives it, in the order met.
  public private(set) var names: [(name: String, location: SourceLocation)] = []
  /// The figures summed over the held parcels that give each one, by
  /// ``PerformanceField/ordinal``, NaN for none (empty until one is met).
  private var sums: [Double] = []
  /// The held parcels whose records give figures of the year, each with
  /// the fields it gives (bit ``PerformanceField/ordinal``).
  public private(set) var figureSources: [(location: SourceLocation, fields: UInt16)] = []
  /// The scales the holders' records give, each once, in the order met.
  public private(set) var scales: [HolderScale] = []
  /// The parcel giving the firm the most land (ties: the smallest parcel
  /// id), whose sector and district are the firm's.
  public private(set) var largest: (mu: Double, parcel: String, sector: String, district: String)?
  /// The earliest completion among the parcels it holds.
  public private(set) var completed: CivilDate?
  /// The earliest grant among the parcels it holds.
  public private(set) var granted: CivilDate?
  /// The events of the evaluated year on the parcels it holds.
  public private(set) var events: [Event] = []
  /// The classes of earlier years its held parcels' records give; where
  /// two parcels give a year different classes, the worse.
  public private(set) var ratings: [Int: RatingClass] = [:]
  /// The tenant firms on the parcels it holds, each once, in the order met.
  public private(set) var tenantCodes: [String] = []
  /// Rejected records that name the firm: their land is not counted.
  public private(set) var rejected: [(parcel: String?, location: SourceLocation)] = []

  public init() {}

  /// A figure summed over the held parcels that give it; nil when none does.
  public func figure(_ field: PerformanceField) -> Double? {
    guard !sums.isEmpty else { return nil }
    let sum = sums[field.ordinal]
    return sum.isNaN ? nil : sum
  }

  /// The firm's land in mu, held and rented.
  public var areaMu: Double { land.reduce(0) { $0 + $1.mu } }

  /// True when the firm holds at least one parcel.
  public var holdsLand: Bool { land.contains { $0.role == .holder } }

  mutating func add(_ share: LandShare, of land: ParcelLand, parcel: String) {
    self.land.append(
      FirmLand(parcel: parcel, mu: share.mu, role: share.role, location: land.location))
    if let name = share.name, !name.isEmpty, !names.contains(where: { $0.name == name }) {
      names.append((name, land.location))
    }
    if largest.map({ share.mu > $0.mu || (share.mu == $0.mu && parcel < $0.parcel) }) ?? true {
      largest = (share.mu, parcel, land.sector, land.district)
    }
    guard share.role == .holder else { return }
    if let scale = land.scale, !scales.contains(scale) { scales.append(scale) }
    if let date = land.completed, completed.map({ date < $0 }) ?? true { completed = date }
    if let date = land.granted, granted.map({ date < $0 }) ?? true { granted = date }
    events += land.events
    for rating in land.ratings {
      ratings[rating.year] = max(ratings[rating.year] ?? rating.class, rating.class)
    }
    for tenant in land.shares where tenant.role == .tenant {
      if let code = tenant.creditCode, !tenantCodes.contains(code) { tenantCodes.append(code) }
    }
    if let year = land.figures { addFigures(year, from: land.location) }
  }

  mutating func addRejected(_ land: ParcelLand) {
    rejected.append((land.parcel, land.location))
  }

  /// Adds each figure the parcel gives to the firm's sum.
  private mutating func addFigures(_ parcel: Performance, from location: SourceLocation) {
    var fields: UInt16 = 0
    for field in PerformanceField.allCases {
      guard let value = field.value(in: parcel) else { continue }
      if sums.isEmpty { sums = [Double](repeating: .nan, count: PerformanceField.allCases.count) }
      let sum = sums[field.ordinal]
      sums[field.ordinal] = sum.isNaN ? value : sum + value
      fields |= 1 << field.ordinal
    }
    if fields != 0 { figureSources.append((location, fields)) }
  }
}
