public import XMLStream

/// The parcel ids a run has met, each with where it was first used, in
/// about 8 bytes of memory per id, so that a province's file is checked for
/// duplicate ids without holding its ids in memory.
///
/// Each id, with its first location, is written once to a spill
/// (``ParcelIDSpill``: an unlinked temporary file, outside the process's
/// memory). The table in memory keeps, per id, one 64-bit slot: 24 bits of
/// the id's hash and where its entry is in the spill (40 bits). A lookup
/// probes by the hash; a slot whose bits match is checked by reading the
/// entry back and comparing the ids byte for byte, so two different ids
/// whose hashes collide are never taken for one (a duplicate reads one
/// entry back; a chance match of 24 bits of hash, about one lookup in
/// several million, reads one more).
///
/// Measured (1M parcels of `mujun sample`, ids of 23 bytes): the
/// `[String: SourceLocation]` it replaces held about 200 bytes per parcel,
/// 200 MB of a run's 257 MB peak; this table holds 16 MB (2^21 slots).
public struct ParcelIDTable {
  /// The file every location is in (a run reads one file).
  public let file: String
  private let hash: @Sendable (UnsafeBufferPointer<UInt8>) -> UInt64
  private var spill: ParcelIDSpill
  private var slots: [UInt64]
  public private(set) var count = 0

  /// `hash` is replaceable for tests (a weak one makes every id collide).
  public init(
    file: String,
    hash: @escaping @Sendable (UnsafeBufferPointer<UInt8>) -> UInt64 = ParcelIDTable.defaultHash
  ) {
    self.file = file
    self.hash = hash
    spill = ParcelIDSpill()
    slots = [UInt64](repeating: 0, count: 1 << 10)
  }

  /// Claims `id` for `location` when no record used it before (nil), or
  /// gives where it was first used (and keeps that).
  public mutating func claim(_ id: String, at location: SourceLocation) -> SourceLocation? {
    let hashed =
      id.utf8.withContiguousStorageIfAvailable(hash)
      ?? Array(id.utf8).withUnsafeBufferPointer(hash)
    let bits = Self.fingerprint(hashed)
    let mask = slots.count - 1
    var index = Int(truncatingIfNeeded: hashed) & mask
    while slots[index] != 0 {
      let slot = slots[index]
      if slot >> Self.offsetBits == bits, let entry = spill.entry(at: Self.offset(of: slot)),
        entry.id.elementsEqual(id.utf8)
      {
        return SourceLocation(file: file, line: entry.line, column: entry.column)
      }
      index = (index + 1) & mask
    }
    guard spill.size < Self.offsetLimit else {
      // A spill past 1 TB: the id is kept all the same, in memory.
      return overflowClaim(id, at: location)
    }
    let offset = spill.append(id: id, line: location.line, column: location.column)
    slots[index] = bits << Self.offsetBits | UInt64(offset + 1)
    count += 1
    if count * 4 > slots.count * 3 { grow() }
    return nil
  }

  /// The table's own memory: its slots and the spill's write buffer.
  public var bytesInMemory: Int { slots.count * 8 + spill.bytesInMemory }

  /// Ids the spill could not take, kept whole.
  private var overflow: [String: SourceLocation] = [:]

  private mutating func overflowClaim(_ id: String, at location: SourceLocation)
    -> SourceLocation?
  {
    if let first = overflow[id] { return first }
    overflow[id] = location
    return nil
  }

  /// Doubles the slots, reading the spill back in order to rehash. The
  /// old slots go first (the spill has all it takes), so the peak is the
  /// new table alone: 16 MB, not 24, when 1M ids grow it to 2^21 slots.
  private mutating func grow() {
    let size = slots.count * 2
    slots = []
    var bigger = [UInt64](repeating: 0, count: size)
    let mask = bigger.count - 1
    spill.forEachEntry { offset, id in
      let hashed = hash(id)
      var index = Int(truncatingIfNeeded: hashed) & mask
      while bigger[index] != 0 { index = (index + 1) & mask }
      bigger[index] = Self.fingerprint(hashed) << Self.offsetBits | UInt64(offset + 1)
    }
    slots = bigger
  }

  static let offsetBits: UInt64 = 40
  static let offsetLimit = (1 << 40) - 1

  /// The top 24 bits of the hash (the slot index uses the low ones).
  static func fingerprint(_ hash: UInt64) -> UInt64 { hash >> offsetBits }

  static func offset(of slot: UInt64) -> Int {
    Int(truncatingIfNeeded: slot & ((1 << offsetBits) - 1)) - 1
  }

  /// FNV-1a over the id's UTF-8, then a 64-bit finaliser (splitmix64's) so
  /// that low and high bits both depend on every byte.
  ///
  /// Over the bytes, not a `String`: growing the table at 1M ids made a
  /// `String` of every id read back from the spill, and walking a
  /// `String`'s UTF-8 view took some 20 instructions a byte.
  public static let defaultHash: @Sendable (UnsafeBufferPointer<UInt8>) -> UInt64 = { id in
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id {
      h ^= UInt64(byte)
      h = h &* 0x0000_0100_0000_01B3
    }
    h = (h ^ (h >> 30)) &* 0xbf58_476d_1ce4_e5b9
    h = (h ^ (h >> 27)) &* 0x94d0_49bb_1331_11eb
    return h ^ (h >> 31)
  }
}
