public import XMLStream

/// What one record gives the firms that use its land in the evaluated year
/// (`records.md`, version 1.1, "Who is an enterprise, and with what"): the
/// land each firm uses, and what the holder's record says of it. An
/// enterprise gathers these from every parcel it holds or rents.
public struct ParcelLand: Sendable, Hashable {
  /// The parcel's id; nil only for a rejected record that has none.
  public var parcel: String?
  /// Where the record starts.
  public var location: SourceLocation
  /// The land each firm uses, the holder first (``Parcel/landShares(in:tenantLand:)``);
  /// empty for a rejected record.
  public var shares: [LandShare]
  /// For a rejected record, every credit code it names as holder or
  /// tenant: its land goes to no firm, and each of these carries an error
  /// naming it. Empty for a parcel.
  public var rejectedCodes: [String]
  /// The holder's scale as the record gives it.
  public var scale: HolderScale?
  /// The parcel's sector and district codes (a firm's are those of the
  /// parcel giving it the most land).
  public var sector: String
  public var district: String
  /// When the holder finished building (the earliest of a firm's holdings
  /// is its start of production).
  public var completed: CivilDate?
  /// The holder's figures for the evaluated year; nil when the record has
  /// none for it.
  public var figures: Performance?
  /// When the land was granted (`supply/@date`).
  public var granted: CivilDate?
  /// The record's events of the evaluated year (a scheme's vetoes).
  public var events: [Event] = []
  /// The classes the parcel got in earlier years (`<ratings>`).
  public var ratings: [Rating] = []

  /// True for a record that was rejected.
  public var isRejected: Bool { shares.isEmpty }

  /// The firms the record names: its holder's and tenants' codes, or a
  /// rejected record's, in order and each once.
  public var creditCodes: [String] {
    guard !isRejected else { return rejectedCodes }
    var codes: [String] = []
    for share in shares {
      if let code = share.creditCode, !codes.contains(code) { codes.append(code) }
    }
    return codes
  }

  public init(
    parcel: String?, location: SourceLocation, shares: [LandShare], rejectedCodes: [String] = [],
    scale: HolderScale? = nil, sector: String = "", district: String = "",
    completed: CivilDate? = nil, figures: Performance? = nil
  ) {
    self.parcel = parcel
    self.location = location
    self.shares = shares
    self.rejectedCodes = rejectedCodes
    self.scale = scale
    self.sector = sector
    self.district = district
    self.completed = completed
    self.figures = figures
  }

  /// A rejected record's part: no land, and the firms it names.
  public static func rejected(parcel: String?, at location: SourceLocation, codes: [String])
    -> ParcelLand
  {
    ParcelLand(parcel: parcel, location: location, shares: [], rejectedCodes: codes)
  }
}

extension Parcel {
  /// What the parcel gives its firms in `year`.
  public func land(in year: Int, tenantLand: TenantLand = .apportion) -> ParcelLand {
    var land = ParcelLand(
      parcel: id, location: location, shares: landShares(in: year, tenantLand: tenantLand),
      scale: holder?.scale, sector: sector.code, district: district.code,
      completed: construction?.completed, figures: performance(for: year))
    land.granted = supply?.date
    land.events = events.filter { $0.date.year == year }
    land.ratings = ratings
    return land
  }

  /// The credit codes a parcel names, as holder or tenant, in document
  /// order and each once: a rejected parcel's firms.
  public var creditCodes: [String] {
    var codes: [String] = []
    if let code = holder?.creditCode { codes.append(code) }
    for tenant in tenants where !codes.contains(tenant.creditCode) {
      codes.append(tenant.creditCode)
    }
    return codes
  }
}
