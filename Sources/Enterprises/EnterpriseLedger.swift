public import Land
import XMLStream

/// Every firm's land in a run, gathered from the records' ``ParcelLand``
/// as the verdicts come (records.md 1.1, "Who is an enterprise, and with
/// what"): each credit code met as holder or tenant, with the parcels it
/// holds or rents; the parcels whose holder has no code; and the rejected
/// records, whose land goes to no firm.
public struct EnterpriseLedger: Sendable {
  public private(set) var firms: [String: FirmHoldings] = [:]
  /// Parcels whose holder the record gives no credit code: that land is no
  /// enterprise's (the join report lists it).
  public private(set) var landWithoutCode: [FirmLand] = []
  /// Parcels seen, and rejected records among them.
  public private(set) var parcels = 0
  public private(set) var rejectedRecords = 0

  public init() {}

  public mutating func add(_ land: ParcelLand) {
    parcels += 1
    guard !land.isRejected else {
      rejectedRecords += 1
      for code in land.rejectedCodes { firms[code, default: FirmHoldings()].addRejected(land) }
      return
    }
    let parcel = land.parcel ?? ""
    for share in land.shares {
      guard let code = share.creditCode else {
        if share.role == .holder {
          landWithoutCode.append(
            FirmLand(parcel: parcel, mu: share.mu, role: .holder, location: land.location))
        }
        continue
      }
      firms[code, default: FirmHoldings()].add(share, of: land, parcel: parcel)
    }
  }
}
