#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Counts lines through a buffer as libxml2 does (a line ends at `\n`),
/// sixteen bytes at a time, and finds the carriage returns that are not
/// followed by `\n` (libxml2 would count those differently, so a chunk is
/// never cut after one).
///
/// Why: the chunker needs the line and column where each chunk begins.
/// Working them out while scanning every byte for markup
/// (``RecordBoundaryScanner``) was 10% of a batch run's instructions
/// (callgrind, release, 10k parcels); counting newlines alone is a few
/// instructions per sixteen bytes.
struct LineCounter {
  /// Lines ended before ``counted``.
  private(set) var newlines = 0
  /// Bytes looked at so far, from the buffer's start.
  private(set) var counted = 0
  /// Where the last `\n` before ``counted`` is, if any.
  private(set) var lastNewline: Int?
  /// Where a carriage return not followed by `\n` is, if one was met.
  private(set) var loneCarriageReturn: Int?

  /// Counts the bytes of `bytes` from ``counted`` up to `end`.
  mutating func count(_ bytes: UnsafeBufferPointer<UInt8>, to end: Int) {
    guard end > counted, let base = bytes.baseAddress else { return }
    findLoneCarriageReturn(bytes, from: counted, to: end)
    newlines += Self.newlines(in: UnsafeBufferPointer(rebasing: bytes[counted..<end]))
    // The last one is mostly a few bytes back (a record's indentation).
    var index = end - 1
    while index >= counted, base[index] != 0x0A { index -= 1 }
    if index >= counted { lastNewline = index }
    counted = end
  }

  /// How many bytes of `bytes` are `\n`: sixteen at a time, each lane
  /// counting up to 255 before the lanes are added up.
  static func newlines(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    let raw = UnsafeRawPointer(base)
    let newline = SIMD16<UInt8>(repeating: 0x0A)
    var total = 0
    var index = 0
    while index + 16 <= bytes.count {
      var lanes = SIMD16<UInt8>()
      var rounds = 0
      while rounds < 255, index + 16 <= bytes.count {
        let block = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
        lanes &+= SIMD16<UInt8>().replacing(with: 1, where: block .== newline)
        index += 16
        rounds += 1
      }
      for lane in 0..<16 { total += Int(lanes[lane]) }
    }
    while index < bytes.count {
      if bytes[index] == 0x0A { total += 1 }
      index += 1
    }
    return total
  }

  /// Notes the first carriage return in `from..<end` not followed by
  /// `\n`. (The chunker counts up to a `<`, so every carriage return
  /// before `end` has the byte after it in `bytes`.)
  private mutating func findLoneCarriageReturn(
    _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int
  ) {
    guard loneCarriageReturn == nil, let base = bytes.baseAddress else { return }
    var index = from
    while index < end, let found = memchr(base + index, 0x0D, end - index) {
      let at = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
      if at + 1 < bytes.count, bytes[at + 1] != 0x0A {
        loneCarriageReturn = at
        return
      }
      index = at + 1
    }
  }

  /// Starts again at the buffer's start (its bytes up to ``counted`` were
  /// dropped).
  mutating func reset() {
    self = LineCounter()
  }
}
