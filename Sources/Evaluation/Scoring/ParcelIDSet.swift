/// The parcel ids of a run, each once, kept compactly for the scoring
/// pass: the UTF-8 bytes of every id back to back, and an open-addressing
/// table of entry numbers keyed by a hash of the bytes. A hash is only a
/// hint: membership compares the bytes themselves, so two ids that share
/// a hash are still two ids.
///
/// Why not the run's ``ParcelIDTable``: that one keeps ids in a spill file
/// and answers only "where was it first used"; ranking needs to compare the
/// ids of tied parcels often, so this keeps their bytes in memory and
/// orders entries (``precedes(_:_:)``). Why not `Set<String>`: at a million
/// parcels a set of strings cost about
/// 90 bytes an id (a heap object for each id over 15 bytes, plus the set's
/// buckets); this costs the id's bytes, 8 bytes of offset and 8 of table
/// (at most half full).
struct ParcelIDSet {
  private var bytes: [UInt8] = []
  /// `ends[i]`: where entry i's bytes end in `bytes`.
  private var ends: [Int] = []
  /// Entry numbers + 1 (0: empty slot); its count is a power of two.
  private var table: [Int32]

  init() { table = Array(repeating: 0, count: 1024) }

  var count: Int { ends.count }

  /// Adds `id` when it is not there yet; the entry number of the id, and
  /// whether it was added.
  @discardableResult
  mutating func insert(_ id: String) -> (inserted: Bool, entry: Int) {
    if (ends.count + 1) * 2 > table.count { grow() }
    var id = id
    return id.withUTF8 { utf8 in
      let mask = table.count - 1
      var slot = Self.hash(utf8) & mask
      while table[slot] != 0 {
        let entry = Int(table[slot]) - 1
        if equals(entry, utf8) { return (false, entry) }
        slot = (slot + 1) & mask
      }
      bytes.append(contentsOf: utf8)
      ends.append(bytes.count)
      table[slot] = Int32(ends.count)
      return (true, ends.count - 1)
    }
  }

  /// True when entry `a`'s id comes before entry `b`'s by Unicode scalar
  /// values (UTF-8 bytes compare in the same order as scalars).
  func precedes(_ a: Int, _ b: Int) -> Bool {
    let x = bytes[start(a)..<ends[a]]
    let y = bytes[start(b)..<ends[b]]
    return x.lexicographicallyPrecedes(y)
  }

  private func start(_ entry: Int) -> Int { entry == 0 ? 0 : ends[entry - 1] }

  private func equals(_ entry: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let range = start(entry)..<ends[entry]
    guard range.count == utf8.count else { return false }
    return bytes[range].elementsEqual(utf8)
  }

  private mutating func grow() {
    let size = table.count * 2
    table = Array(repeating: 0, count: size)
    let mask = size - 1
    for entry in 0..<ends.count {
      let slot = bytes.withUnsafeBufferPointer { all in
        Self.hash(UnsafeBufferPointer(rebasing: all[start(entry)..<ends[entry]])) & mask
      }
      var free = slot
      while table[free] != 0 { free = (free + 1) & mask }
      table[free] = Int32(entry + 1)
    }
  }

  /// FNV-1a, 64 bits: fixed, so the table's layout (not its answers, which
  /// compare bytes) is the same in every run.
  private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in utf8 {
      h ^= UInt64(byte)
      h = h &* 0x0000_0100_0000_01b3
    }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }
}
