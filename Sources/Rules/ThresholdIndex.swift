import Land

/// The rows of a rule set grouped by sector prefix, each group sorted once
/// so that a lookup takes the first entry that matches: per parcel, one
/// dictionary probe per prefix length of its sector code (at most five)
/// and a scan of the few entries written for that prefix. Entries are
/// slim copies of what matching needs; the row itself is fetched only
/// when it wins.
struct ThresholdIndex: Sendable {
  struct Entry: Sendable {
    /// The indicator's position in ``ThresholdIndex/indicators``.
    var slot: Int
    var district: String?
    var zone: ZoneLevel?
    var setsMin: Bool
    var setsMax: Bool
    /// Whether the row has a `when` condition (checked only then).
    var conditional: Bool
    /// The row's position in ``RuleSet/rows``.
    var row: Int
  }

  /// Entries by their row's exact `sector`, most specific first: longer
  /// district prefix, then zone given, then a condition given, then nearer in the base chain,
  /// then document order.
  let bySector: [String: [Entry]]
  /// ``bySector`` again, keyed by ``packed(_:count:)``, when no row's
  /// sector is longer than 7 bytes (as in every bundled rule set): no
  /// `String` is made, or hashed, per prefix probed. Measured with
  /// callgrind (release, 10k parcels, 2026-12-06): `boundingRows` took
  /// 61 M instructions with `String` keys, 45 M with these, and 23 M with
  /// its rows on the stack too.
  let byPackedSector: [UInt64: [Entry]]?
  /// The longest sector prefix in any row (UTF-8 bytes): no need to probe longer ones.
  let longestSector: Int
  /// Every indicator, in declaration order: slots index into it.
  let indicators: [Indicator]

  init(rows: [ThresholdRow], lineage: [String]) {
    let indicators = Indicator.allCases.sorted()
    var slots: [Indicator: Int] = [:]
    for (slot, indicator) in indicators.enumerated() { slots[indicator] = slot }
    var depth: [String: Int] = [:]
    for (level, id) in lineage.enumerated() where depth[id] == nil { depth[id] = level }
    let unknownDepth = lineage.count
    var groups: [String: [Int]] = [:]
    for (offset, row) in rows.enumerated() { groups[row.sector, default: []].append(offset) }
    bySector = groups.mapValues { group in
      group.sorted { a, b in
        let (x, y) = (rows[a], rows[b])
        let (dx, dy) = (x.district?.count ?? 0, y.district?.count ?? 0)
        if dx != dy { return dx > dy }
        let (zx, zy) = (x.zone != nil, y.zone != nil)
        if zx != zy { return zx }
        let (cx, cy) = (x.condition != nil, y.condition != nil)
        if cx != cy { return cx }
        let (lx, ly) = (depth[x.ruleSetID] ?? unknownDepth, depth[y.ruleSetID] ?? unknownDepth)
        if lx != ly { return lx < ly }
        return a < b
      }.map { offset in
        let row = rows[offset]
        return Entry(
          slot: slots[row.indicator] ?? 0, district: row.district, zone: row.zone,
          setsMin: row.min != nil,
          setsMax: row.max != nil, conditional: row.condition != nil, row: offset)
      }
    }
    longestSector = rows.map(\.sector.utf8.count).max() ?? 0
    byPackedSector =
      longestSector <= 7
      ? Dictionary(
        uniqueKeysWithValues: bySector.map { sector, entries in
          (Self.packed(Self.word(sector.utf8), count: sector.utf8.count), entries)
        })
      : nil
    self.indicators = indicators
  }

  /// The first 7 bytes of `text`, the first in the lowest byte.
  static func word(_ text: String.UTF8View) -> UInt64 {
    let word = text.withContiguousStorageIfAvailable { bytes in
      var word: UInt64 = 0
      for offset in 0..<Swift.min(bytes.count, 7) { word |= UInt64(bytes[offset]) << (8 * offset) }
      return word
    }
    return word ?? Self.word(String(decoding: Array(text), as: UTF8.self).utf8)
  }

  /// The key of the first `count` (at most 7) bytes of a ``word(_:)``:
  /// those bytes, and the count in the highest byte.
  static func packed(_ word: UInt64, count: Int) -> UInt64 {
    word & ((1 << (8 * UInt64(count))) &- 1) | UInt64(count) << 56
  }
}

extension ThresholdIndex.Entry {
  /// Whether the row's district and zone (when given) fit the parcel's.
  /// The sector is matched by the index.
  func applies(district parcelDistrict: String, zone parcelZone: ZoneLevel?) -> Bool {
    if let zone, zone != parcelZone { return false }
    if let district, !parcelDistrict.hasPrefix(district) { return false }
    return true
  }
}
