/// How far back a start tag's `<` lies from where libxml2 stands when it
/// reports the tag (at its `>`), in the terms positions are counted in:
/// line feeds, and characters (UTF-8 bytes that are not continuation
/// bytes `10xxxxxx`).
///
/// Every element of every record is located this way, so the bytes are
/// looked at eight at a time. (Measured, release, 200k parcels, `perf`:
/// the byte-at-a-time walk was 2.3% of a batch run.)
struct StartTagSpan: Equatable {
  /// Index of the `<`.
  var start: Int
  /// Line feeds between the `<` and the end.
  var newlines: Int
  /// With no line feed: the characters after the `<`, up to the end. With
  /// line feeds: the characters before the `<` on its own line (back to
  /// the line feed before it, or to the buffer's start).
  var characters: Int

  /// The span from the last `<` before `end` in `bytes` to `end`; nil when
  /// there is no `<` before `end`. (An attribute value cannot hold a raw
  /// `<`, so the last one is the tag's.)
  static func find(in bytes: UnsafeBufferPointer<UInt8>, end: Int) -> StartTagSpan? {
    guard let start = lastIndex(of: Word.lessThan, in: bytes, before: end) else { return nil }
    let newlines = count(Word.newline, in: bytes, from: start + 1, to: end)
    if newlines == 0 {
      return StartTagSpan(
        start: start, newlines: 0,
        characters: characters(in: bytes, from: start + 1, to: end))
    }
    let lineStart = (lastIndex(of: Word.newline, in: bytes, before: start) ?? -1) + 1
    return StartTagSpan(
      start: start, newlines: newlines,
      characters: characters(in: bytes, from: lineStart, to: start))
  }

  /// The last index before `end` holding `byte`.
  static func lastIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, before end: Int)
    -> Int?
  {
    guard let base = bytes.baseAddress else { return nil }
    var index = end
    while index >= 8 {
      let word = Word.load(base + index - 8)
      let found = Word.lanes(of: word, equalTo: byte)
      if found != 0 {
        // Little-endian: the highest lane set is the last byte of the word.
        return index - 8 + (63 - found.leadingZeroBitCount) / 8
      }
      index -= 8
    }
    while index > 0 {
      index -= 1
      if base[index] == byte { return index }
    }
    return nil
  }

  /// How many bytes in `from..<to` are `byte`.
  static func count(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int)
    -> Int
  {
    guard let base = bytes.baseAddress else { return 0 }
    var index = from
    var total = 0
    while index + 8 <= to {
      total += Word.lanes(of: Word.load(base + index), equalTo: byte).nonzeroBitCount
      index += 8
    }
    while index < to {
      if base[index] == byte { total += 1 }
      index += 1
    }
    return total
  }

  /// How many characters the UTF-8 bytes `from..<to` hold: the bytes that
  /// are not continuation bytes.
  static func characters(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
    guard let base = bytes.baseAddress, from < to else { return 0 }
    var index = from
    var continuations = 0
    while index + 8 <= to {
      continuations += Word.continuationLanes(Word.load(base + index)).nonzeroBitCount
      index += 8
    }
    while index < to {
      if base[index] & 0xC0 == 0x80 { continuations += 1 }
      index += 1
    }
    return to - from - continuations
  }
}

/// Eight bytes as one little-endian word, and exact per-byte tests on it:
/// each answer has the high bit of a lane set exactly when that lane's byte
/// passes, and every other bit clear.
enum Word {
  static let lessThan = UInt8(ascii: "<")
  static let newline = UInt8(ascii: "\n")
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
  static let highs: UInt64 = 0x8080_8080_8080_8080

  static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
  }

  /// Lanes equal to `byte`. `x` is zero exactly in those lanes; adding
  /// 0x7F to a lane's low seven bits sets its high bit exactly when they
  /// are not all zero (no carry leaves a lane), and or-ing `x` adds the
  /// lanes whose own high bit is set: what is left unset is a zero lane.
  static func lanes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
    let x = word ^ (ones &* UInt64(byte))
    return ~(((x & lows) &+ lows) | x) & highs
  }

  /// Lanes holding a UTF-8 continuation byte (`10xxxxxx`): the high bit
  /// set and the next one clear. Shifting left by one moves each lane's
  /// bit 6 to its bit 7 (a lane's bit 7 moves into the next lane's bit 0,
  /// which the mask drops).
  static func continuationLanes(_ word: UInt64) -> UInt64 {
    word & ~(word << 1) & highs
  }
}
