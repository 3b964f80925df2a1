/// The start tag of a record, found in raw bytes: `<` and the record's name,
/// then white space, `>` or `/`. The chunker cuts a file only before one,
/// and a reader goes on after a broken record at the next one, so that both
/// ways of reading a file skip the same bytes.
enum RecordStart {
  /// True when a record's start tag begins at `index`; nil when the bytes
  /// end before that can be told.
  static func matches(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, name: [UInt8]
  ) -> Bool? {
    guard index < bytes.count else { return nil }
    guard bytes[index] == UInt8(ascii: "<") else { return false }
    for (offset, byte) in name.enumerated() {
      guard index + 1 + offset < bytes.count else { return nil }
      if bytes[index + 1 + offset] != byte { return false }
    }
    let after = index + 1 + name.count
    guard after < bytes.count else { return nil }
    switch bytes[after] {
    case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/"): return true
    default: return false
    }
  }
}
