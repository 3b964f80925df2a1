/// The messages of the checks on tenants (`records.md`, version 1.1,
/// "Tenants on a parcel"), in the style of ``DecodingMessage``.
extension DecodingMessage {
  static let noTenantLand = "tenant has neither floorArea nor area; expected exactly one of them"

  static func tenantLandTwice(floorArea: String, area: String) -> String {
    "tenant has both floorArea \(quoted(floorArea)) and area \(quoted(area));"
      + " expected exactly one of them"
  }

  static func unitWithoutArea(_ unit: String) -> String {
    "tenant has unit \(quoted(unit)) without area;"
      + " expected unit only with area (floorArea is always in m2)"
  }

  static func leaseEndsBeforeStart(from: String, to: String) -> String {
    "tenant has to \(quoted(to)) before from \(quoted(from)) (lease dates the wrong way round);"
      + " expected to on or after from"
  }

  static func tenantIsHolder(_ code: String) -> String {
    "tenant has creditCode \(quoted(code)), the holder's own;"
      + " expected a firm other than the parcel's holder"
  }

  static func overlappingLease(_ code: String, otherLine: Int) -> String {
    "tenant has creditCode \(quoted(code)) again, in a lease overlapping the one on line"
      + " \(otherLine); expected one lease per tenant at a time"
  }

  /// `reason` says why there is no floor area to share the land by
  /// (``Parcel/floorAreaAsBuilt``).
  static func noFloorAreaToShareBy(_ floorArea: String, reason: String) -> String {
    "tenant has floorArea \(quoted(floorArea)), but \(reason);"
      + " expected area (the land rented) instead, or buildings whose floor area as built"
      + " the parcel's land can be shared by"
  }

  /// `moment`: `on 2024-01-01`, or that the lease has no start date.
  /// `lines`: the lines of the leases in force together then.
  static func tenantsOverArea(moment: String, mu: Double, parcelMu: Double, lines: [Int])
    -> String
  {
    let (rented, parcel) = muTexts(mu, parcelMu)
    return "tenant has a lease that makes the land rented together \(rented) mu \(moment),"
      + " more than the parcel's \(parcel) mu (\(leaseLines(lines)));"
      + " expected the tenants' land at any one time no more than the parcel's area"
  }

  /// `the leases on lines 7 and 9`, naming at most 10 lines.
  private static func leaseLines(_ lines: [Int]) -> String {
    let shown = lines.prefix(10).map(String.init)
    let more = lines.count - shown.count
    if more > 0 {
      return "the leases on lines " + shown.joined(separator: ", ") + " and \(more) more"
    }
    guard let last = shown.last else { return "no lease" }
    if shown.count == 1 { return "the lease on line " + last }
    return "the leases on lines " + shown.dropLast().joined(separator: ", ") + " and " + last
  }

  /// Two areas in mu for a message, rounded to 4 decimals without a
  /// trailing `.0` (`36`, `3.75`), or to as many more as tell them apart.
  static func muTexts(_ first: Double, _ second: Double) -> (String, String) {
    var texts = (muText(first, decimals: 4), muText(second, decimals: 4))
    var decimals = 5
    while texts.0 == texts.1 && first != second && decimals <= 15 {
      texts = (muText(first, decimals: decimals), muText(second, decimals: decimals))
      decimals += 1
    }
    return texts
  }

  private static func muText(_ mu: Double, decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (mu * scale).rounded() / scale
    guard rounded.isFinite, rounded.magnitude < 1e15 else { return mu.description }
    let text = rounded.description
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
