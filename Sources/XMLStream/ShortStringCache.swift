/// Strings of at most 16 bytes, made once and then found by their bytes:
/// the direct reader's (``FastRecordParser``) element and attribute names,
/// which repeat from record to record.
///
/// A slot holds the last string whose bytes hashed to it; a string is
/// returned only when its length and all its bytes equal the ones asked
/// for, so the cache gives exactly what `String(decoding:as:)` gives.
///
/// Why: making a `String` checks its bytes as UTF-8 each time, about 4%
/// of a batch run's samples (release, 200k parcels, `perf`:
/// `_fromUTF8Repairing` and `_uncheckedFromUTF8`), two names per element.
/// (Measured with callgrind, 10k parcels: names and short attribute values
/// cached, 1.0% fewer instructions than none; names alone, 0.8% fewer
/// again: values vary too much to be found.)
final class ShortStringCache {
  static let slots = 512
  static let maxBytes = 16

  private struct Entry {
    var low: UInt64
    var high: UInt64
    /// -1 in an empty slot, which no bytes match.
    var count: Int
    var text: String
  }

  private let entries: UnsafeMutablePointer<Entry>

  init() {
    entries = .allocate(capacity: Self.slots)
    entries.initialize(repeating: Entry(low: 0, high: 0, count: -1, text: ""), count: Self.slots)
  }

  deinit {
    entries.deinitialize(count: Self.slots)
    entries.deallocate()
  }

  /// The string of `bytes`, which are well-formed UTF-8.
  func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard let base = bytes.baseAddress, bytes.count <= Self.maxBytes else {
      return String(decoding: bytes, as: UTF8.self)
    }
    // The bytes in two words, zero after the last (the length tells
    // "a" from "a\0").
    var words: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &words) { raw in
      raw.baseAddress?.copyMemory(from: base, byteCount: bytes.count)
    }
    let mixed =
      (words.0 ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(bytes.count))
      &* 0x9E37_79B9_7F4A_7C15
    let slot = Int(truncatingIfNeeded: mixed >> 55)  // 9 bits: 512 slots
    let entry = entries[slot]
    if entry.count == bytes.count && entry.low == words.0 && entry.high == words.1 {
      return entry.text
    }
    let text = String(decoding: bytes, as: UTF8.self)
    entries[slot] = Entry(low: words.0, high: words.1, count: bytes.count, text: text)
    return text
  }
}
