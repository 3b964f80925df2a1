/// Little-endian numbers read from a byte array, each read checked against
/// the array's end: nil rather than a trap when a hostile offset points
/// past it.
struct ByteReader {
  let bytes: [UInt8]

  func u16(_ at: Int) -> UInt16? {
    guard at >= 0, at <= bytes.count - 2 else { return nil }
    return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  func u32(_ at: Int) -> UInt32? {
    guard at >= 0, at <= bytes.count - 4 else { return nil }
    var value: UInt32 = 0
    for index in (0..<4).reversed() { value = value << 8 | UInt32(bytes[at + index]) }
    return value
  }

  func u64(_ at: Int) -> UInt64? {
    guard at >= 0, at <= bytes.count - 8 else { return nil }
    var value: UInt64 = 0
    for index in (0..<8).reversed() { value = value << 8 | UInt64(bytes[at + index]) }
    return value
  }

  func slice(_ at: Int, _ count: Int) -> ArraySlice<UInt8>? {
    guard at >= 0, count >= 0, at <= bytes.count, count <= bytes.count - at else { return nil }
    return bytes[at..<(at + count)]
  }

  /// The 8-byte values of the ZIP64 extended information field (header id
  /// 0x0001) in a zip entry's extra data, in order; none when it has none.
  static func zip64Fields(in extra: ArraySlice<UInt8>) -> IndexingIterator<[UInt64]> {
    let reader = ByteReader(bytes: Array(extra))
    var at = 0
    while let id = reader.u16(at), let size = reader.u16(at + 2) {
      if id == 0x0001 {
        let values = (0..<Int(size) / 8).compactMap { reader.u64(at + 4 + $0 * 8) }
        return values.makeIterator()
      }
      at += 4 + Int(size)
    }
    return [].makeIterator()
  }
}
