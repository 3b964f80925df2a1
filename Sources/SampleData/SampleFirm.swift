/// A firm of a synthetic run with firms (`mujun sample --firms`): one that
/// holds parcels (named for the first of them), one that rents part of a
/// parcel, or one the departments know that has no land in the records.
/// Its credit code, name and scale follow from what it is, the same in the
/// land records and in the department files.
enum SampleFirm: Hashable {
  /// Holds the parcels of its group (``FirmGroups``), the first being
  /// `firstParcel`.
  case holder(firstParcel: Int)
  /// Rents on `parcel`; `slot` is 0 or 1, its place among the parcel's tenants.
  case tenant(parcel: Int, slot: Int)
  /// Only in the department files, one for some of the groups' blocks.
  case dataOnly(block: Int)

  /// The largest ordinal a code can carry (six characters of 31).
  static let ordinalLimit = 887_503_681

  /// Its number within its kind, encoded in its credit code.
  var ordinal: Int {
    switch self {
    case .holder(let parcel): parcel
    case .tenant(let parcel, let slot): parcel * 2 + slot
    case .dataOnly(let block): block
    }
  }

  /// A number unique across kinds, for the firm's own random draws.
  var key: Int {
    switch self {
    case .holder: ordinal * 4
    case .tenant: ordinal * 4 + 1
    case .dataOnly: ordinal * 4 + 2
    }
  }

  /// A tenant that is an individual business (个体工商户), one in three.
  var isIndividual: Bool {
    if case .tenant = self { return ordinal % 3 == 0 }
    return false
  }

  /// `91` (an enterprise) or `92` (an individual business), registered in
  /// Chengdu (`510100`), then `MA`, a character for the kind (6, 7, 8) and
  /// the ordinal.
  var creditCode: String {
    let kind: UInt8 =
      switch self {
      case .holder: UInt8(ascii: "6")
      case .tenant: UInt8(ascii: "7")
      case .dataOnly: UInt8(ascii: "8")
      }
    return SampleCreditCode.code(
      prefix: isIndividual ? "92510100" : "91510100", kind: kind, ordinal: ordinal)
  }

  var name: String {
    switch self {
    case .holder(let parcel): "成都示例\(parcel)实业有限公司"
    case .tenant: isIndividual ? "成都示例\(ordinal)加工厂" : "成都示例\(ordinal)科技有限公司"
    case .dataOnly(let block): "成都示例\(block)贸易有限公司"
    }
  }

  /// 规上 (above designated size): about 65% of holders, 15% of tenants,
  /// 30% of the firms without land.
  func isAboveSize(seed: UInt64) -> Bool {
    var rng = SplitMix64(seed: seed ^ Self.scaleSalt, index: key)
    switch self {
    case .holder: return rng.chance(0.65)
    case .tenant: return rng.chance(0.15)
    case .dataOnly: return rng.chance(0.3)
    }
  }

  /// Mixed into the seed for the firms' scales: a stream of its own, so
  /// that the records' own draws are those of a run without firms.
  static let scaleSalt: UInt64 = 0x7363_616C_655F_6669
}
