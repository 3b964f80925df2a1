import XMLStream

/// Decoding a parcel's `tenants`, and the checks that need the whole
/// parcel (`records.md`, version 1.1, "Tenants on a parcel"): a tenancy
/// that cannot be apportioned rejects the record.
extension Parcel {
  /// One decoded tenant and its element, for the messages.
  struct DecodedTenant {
    var element: Int
    var tenant: Tenant
  }

  /// The tenants of `<tenants>`, in document order, leaving out those
  /// with a problem (reported).
  static func decodeTenants(_ element: Int, with decoder: inout ElementDecoder)
    -> [DecodedTenant]
  {
    let children = decoder.open(element, attributes: [], children: [.repeated("tenant")])
    return children.compactMap("tenant") { tenant in
      Tenant.decode(tenant, with: &decoder).map { DecodedTenant(element: tenant, tenant: $0) }
    }
  }

  /// Reports, each at the tenant's element: a tenant that is the holder; a
  /// tenant with two leases in force on the same day; `floorArea` on a
  /// parcel without buildings' floor area to share its land by; and the
  /// first lease with which the tenants' land in force together exceeds
  /// the parcel's area.
  ///
  /// `area` and `buildings` are nil or incomplete when they had problems
  /// (reported: `buildingsDecoded` is false): the checks that need them
  /// are then left out rather than report what follows from those.
  static func checkTenancy(
    _ tenants: [DecodedTenant], holder: Holder?, area: Area?, buildings: [Building]?,
    buildingsDecoded: Bool, with decoder: inout ElementDecoder
  ) {
    if let code = holder?.creditCode {
      for entry in tenants where entry.tenant.creditCode == code {
        decoder.report(entry.element, DecodingMessage.tenantIsHolder(code))
      }
    }
    checkLeasesOfEachTenant(tenants, with: &decoder)
    guard buildingsDecoded else { return }
    let floorArea = checkFloorArea(tenants, buildings: buildings, with: &decoder)
    guard let area else { return }
    checkLandInForce(tenants, parcelMu: area.mu, floorAreaAsBuilt: floorArea, with: &decoder)
  }

  /// The buildings' total floor area as built when it is greater than 0;
  /// else nil, and an error at each tenant that rents floor area.
  private static func checkFloorArea(
    _ tenants: [DecodedTenant], buildings: [Building]?, with decoder: inout ElementDecoder
  ) -> Double? {
    let reason: String
    switch floorAreaAsBuilt(of: buildings) {
    case .value(let total) where total > 0: return total
    case .value:
      reason =
        buildings?.isEmpty == false
        ? "the buildings' total floor area is 0" : "the record lists no buildings"
    case .noData(let why): reason = why
    }
    for entry in tenants where entry.tenant.floorArea != nil {
      guard let text = decoder.attribute(entry.element, "floorArea") else { continue }
      decoder.report(entry.element, DecodingMessage.noFloorAreaToShareBy(text, reason: reason))
    }
    return nil
  }

  /// An error at a tenant's lease that is in force on a day when another
  /// lease of the same tenant is (at the later of the two in the
  /// document). Each tenant's leases are sorted by their first day, so a
  /// lease overlaps an earlier one exactly when it starts before the
  /// latest end so far.
  private static func checkLeasesOfEachTenant(
    _ tenants: [DecodedTenant], with decoder: inout ElementDecoder
  ) {
    guard tenants.count > 1 else { return }
    var leasesOfCode: [String: [Int]] = [:]
    for index in tenants.indices {
      leasesOfCode[tenants[index].tenant.creditCode, default: []].append(index)
    }
    // Each code once, in document order (the order of the reports at one
    // element stays the same from run to run).
    for first in tenants.indices {
      let code = tenants[first].tenant.creditCode
      guard let leases = leasesOfCode[code], leases.count > 1, leases[0] == first else { continue }
      let sorted = leases.sorted {
        (tenants[$0].tenant.firstDay, $0) < (tenants[$1].tenant.firstDay, $1)
      }
      // The lease that runs furthest among those seen so far.
      var furthest: Int?
      for index in sorted {
        let lease = tenants[index].tenant
        if let other = furthest, lease.firstDay < tenants[other].tenant.dayAfterEnd {
          let (later, earlier) = index > other ? (index, other) : (other, index)
          decoder.report(
            tenants[later].element,
            DecodingMessage.overlappingLease(
              code, otherLine: decoder.table.line(tenants[earlier].element)))
        }
        if furthest.map({ lease.dayAfterEnd > tenants[$0].tenant.dayAfterEnd }) ?? true {
          furthest = index
        }
      }
    }
  }

  /// A sweep over the leases' first and last days: at each lease's start,
  /// the land of the leases in force then (ends first: a lease ending the
  /// day before another starts is not in force with it). An error at the
  /// first lease with which that land exceeds the parcel's area by more
  /// than one part in a billion (`README.md`: "A value within one part in
  /// a billion of its bound counts as meeting it"). A tenant whose land
  /// is not known (floor area without buildings' floor area) is left out:
  /// it has its error.
  private static func checkLandInForce(
    _ tenants: [DecodedTenant], parcelMu: Double, floorAreaAsBuilt: Double?,
    with decoder: inout ElementDecoder
  ) {
    let land = tenants.map {
      $0.tenant.landMu(parcelMu: parcelMu, floorAreaAsBuilt: floorAreaAsBuilt)
    }
    // (day, 0 for an end and 1 for a start, index): ends come first on a day.
    var changes: [(day: Int, kind: Int, index: Int)] = []
    changes.reserveCapacity(tenants.count * 2)
    for index in tenants.indices where land[index] != nil {
      changes.append((tenants[index].tenant.firstDay, 1, index))
      changes.append((tenants[index].tenant.dayAfterEnd, 0, index))
    }
    changes.sort { ($0.day, $0.kind, $0.index) < ($1.day, $1.kind, $1.index) }
    let bound = parcelMu + 1e-9 * max(1, parcelMu)
    var inForce = 0.0
    for change in changes {
      let mu = land[change.index] ?? 0
      guard change.kind == 1 else {
        inForce -= mu
        continue
      }
      inForce += mu
      guard inForce > bound else { continue }
      // Added again from the leases in force, so that what is reported is
      // their sum, not a running total that has gathered rounding.
      let (exact, lines) = landInForce(
        tenants, land: land, on: tenants[change.index].tenant.firstDay, with: decoder)
      guard exact > bound else {
        inForce = exact
        continue
      }
      let moment =
        tenants[change.index].tenant.from.map { "on \($0)" }
        ?? "from the start (it has no from date)"
      decoder.report(
        tenants[change.index].element,
        DecodingMessage.tenantsOverArea(moment: moment, mu: exact, parcelMu: parcelMu, lines: lines)
      )
      return
    }
  }

  /// The land of the leases in force on `day`, added in document order,
  /// and their lines.
  private static func landInForce(
    _ tenants: [DecodedTenant], land: [Double?], on day: Int, with decoder: ElementDecoder
  ) -> (mu: Double, lines: [Int]) {
    var mu = 0.0
    var lines: [Int] = []
    for index in tenants.indices {
      guard let leaseMu = land[index], tenants[index].tenant.firstDay <= day,
        day < tenants[index].tenant.dayAfterEnd
      else { continue }
      mu += leaseMu
      lines.append(decoder.table.line(tenants[index].element))
    }
    return (mu, lines)
  }
}

extension Tenant {
  /// The lease's first day in days since 1970-01-01; `Int.min` without `from`.
  fileprivate var firstDay: Int { from?.daysSinceEpoch ?? Int.min }
  /// The day after the lease's last day; `Int.max` without `to`.
  fileprivate var dayAfterEnd: Int { to.map { $0.daysSinceEpoch + 1 } ?? Int.max }
}
