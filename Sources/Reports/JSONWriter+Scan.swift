extension JSONWriter {
  /// Whether `bytes` hold a byte that JSON text must escape (below 0x20,
  /// `"`, `\`) or 0xE2, which starts U+2028 and U+2029 (escaped too, for
  /// JavaScript readers). False means the bytes can be copied as they are.
  ///
  /// Eight bytes at a time, with the "has a zero byte" and "has a byte
  /// less than n" tests of word arithmetic (both exact as to whether such
  /// a byte exists). Measured (release, 200k parcels, `perf record`): the
  /// byte-by-byte `contains(where:)` over every string of a verdict line
  /// (messages and sources are most of its 2.4 kB) was 2.6% of a batch run.
  static func mayNeedEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= bytes.count {
        if wordMayNeedEscaping(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
          return true
        }
        index += 8
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 { return true }
      index += 1
    }
    return false
  }

  /// True when any of the eight bytes of `word` is below 0x20, 0x22, 0x5C
  /// or 0xE2 (in any byte order).
  @inline(__always)
  static func wordMayNeedEscaping(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // A byte below n (n ≤ 0x80): subtracting n borrows into its high bit
    // while the byte's own high bit is clear.
    let below20 = (word &- ones &* 0x20) & ~word & highs
    // A byte equal to c: that byte of word ^ (c in every byte) is zero.
    func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
    let quote = zeroByte(word ^ (ones &* 0x22))
    let backslash = zeroByte(word ^ (ones &* 0x5C))
    let e2 = zeroByte(word ^ (ones &* 0xE2))
    return below20 | quote | backslash | e2 != 0
  }
}
