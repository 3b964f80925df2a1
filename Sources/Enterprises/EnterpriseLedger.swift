public import Land
import XMLStream

/// Every firm's land in a run, gathered from the records' ``ParcelLand``
/// as the verdicts come (records.md 1.1, "Who is an enterprise, and with
/// what"): each credit code met as holder or tenant, with the parcels it
/// holds or rents; the parcels whose holder has no code; and the rejected
/// records, whose land goes to no firm.
public struct EnterpriseLedger: Sendable {
  /// Each firm's holdings, in the order first met, and where each code's
  /// are: a table of small numbers, the holdings in one array (a hash
  /// table of the holdings themselves would keep twice their room empty).
  private var holdings: [FirmHoldings] = []
  private var index: [String: Int32] = [:]
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
      for code in land.rejectedCodes { holdings[slot(code)].addRejected(land) }
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
      holdings[slot(code)].add(share, of: land, parcel: parcel)
    }
  }

  /// The credit codes met, in no order.
  public var codes: Dictionary<String, Int32>.Keys { index.keys }

  /// What the records say of the firm with `code`; nil when they name it
  /// nowhere.
  public func firm(_ code: String) -> FirmHoldings? {
    index[code].map { holdings[Int($0)] }
  }

  /// The slot of `code`'s holdings, made when first met.
  private mutating func slot(_ code: String) -> Int {
    if let known = index[code] { return Int(known) }
    index[code] = Int32(holdings.count)
    holdings.append(FirmHoldings())
    return holdings.count - 1
  }
}
