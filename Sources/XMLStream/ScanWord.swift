/// Eight bytes as one `UInt64`, byte i in bits 8i..<8i+8, and *masks* of
/// its bytes: bit 8i+7 (the top bit of byte i) set when byte i is marked,
/// every other bit clear. No helper lets a carry cross from one byte into
/// the next, so each byte's mark depends on that byte alone.
enum ScanWord {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highBits: UInt64 = 0x8080_8080_8080_8080
  static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  static let newlineByte = UInt8(ascii: "\n")
  static let carriageReturnByte = UInt8(ascii: "\r")
  static let tabByte = UInt8(ascii: "\t")
  static let spaceByte = UInt8(ascii: " ")
  static let lessThanByte = UInt8(ascii: "<")
  static let greaterThanByte = UInt8(ascii: ">")
  static let quoteByte = UInt8(ascii: "\"")
  static let apostropheByte = UInt8(ascii: "'")
  static let slashByte = UInt8(ascii: "/")

  static let lessThan = repeating(lessThanByte)
  static let greaterThan = repeating(greaterThanByte)
  static let quote = repeating(quoteByte)
  static let apostrophe = repeating(apostropheByte)
  static let dash = repeating(UInt8(ascii: "-"))
  static let closeBracket = repeating(UInt8(ascii: "]"))
  static let question = repeating(UInt8(ascii: "?"))
  static let space = repeating(0x20)
  static let newline = repeating(newlineByte)

  /// `byte` in each of the eight bytes.
  static func repeating(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

  /// Marks the bytes that are 0. Per byte: (x & 0x7F) + 0x7F has its top
  /// bit set exactly when the low seven bits are not all 0, and is at most
  /// 0xFE (no carry out); or-ing x adds x's own top bit. So the top bit is
  /// set exactly when the byte is not 0; flipped, it marks the zeros.
  static func zeroBytes(_ x: UInt64) -> UInt64 {
    ~(((x & lowBits) &+ lowBits) | x) & highBits
  }

  /// Marks the bytes equal to the byte repeated in `pattern` (the xor is 0
  /// exactly there).
  static func matching(_ word: UInt64, _ pattern: UInt64) -> UInt64 {
    zeroBytes(word ^ pattern)
  }

  /// Marks the bytes that never occur in UTF-8: 0xC0 and 0xC1, which give
  /// 0xC0 with their low bit cleared, and 0xF5...0xFF: top bit set, and the
  /// low seven bits (0x75...0x7F) plus 0x0B reach 0x80, at most 0x8A (no
  /// carry out); 0x74 + 0x0B = 0x7F does not reach it.
  static func notUTF8(_ word: UInt64) -> UInt64 {
    let overlong = matching(word & repeating(0xFE), repeating(0xC0))
    let tooHigh = ((word & lowBits) &+ repeating(0x0B)) & word & highBits
    return overlong | tooHigh
  }

  /// Marks the UTF-8 continuation bytes, 0b10xx_xxxx: top bit set and bit
  /// 6 clear. Shifted left by one, the word has each byte's bit 6 in that
  /// byte's top bit (a top bit moves into the next byte's bit 0, which the
  /// mask drops).
  static func continuationBytes(_ word: UInt64) -> UInt64 {
    word & ~(word << 1) & highBits
  }

  /// Marks the ASCII control bytes, 0x00...0x1F: top bit clear, and the
  /// low seven bits plus 0x60 stay below 0x80 (at most 0xDF: no carry out).
  static func controls(_ word: UInt64) -> UInt64 {
    ~((word & lowBits) &+ repeating(0x60)) & ~word & highBits
  }

  /// Marks the ASCII letters, A-Z and a-z. With bit 5 set (0x20), the
  /// upper-case ones are the lower-case ones, 0x61...0x7A. Of the low
  /// seven bits plus 0x1F, the top bit is set from 0x61 on; plus 0x05,
  /// from 0x7B on (at most 0x9E and 0x84: no carry out); a byte with its
  /// own top bit set is no letter.
  static func letters(_ word: UInt64) -> UInt64 {
    let folded = word | repeating(0x20)
    let fromA = (folded & lowBits) &+ repeating(0x1F)
    let pastZ = (folded & lowBits) &+ repeating(0x05)
    return fromA & ~pastZ & ~word & highBits
  }

  /// Marks the `<` (0x3C) and `>` (0x3E): the two bytes that give 0x3E
  /// with bit 1 set.
  static func angleBrackets(_ word: UInt64) -> UInt64 {
    matching(word | repeating(0x02), greaterThan)
  }

  /// Marks each byte after which an odd number of bytes are marked in
  /// `mask` (counting it): with quotes marked, the bytes from an opening
  /// quote to just before its closing one. Xor-ing the mask shifted by 1, 2
  /// and 4 bytes sums, at each byte, the marks of the 2, 4 and 8 bytes up
  /// to it, modulo 2.
  static func prefixParity(_ mask: UInt64) -> UInt64 {
    var parity = mask ^ (mask << 8)
    parity ^= parity << 16
    return parity ^ (parity << 32)
  }

  /// Sets `byte` to the last byte of `word` marked in `mask`, if any: the
  /// highest set bit is bit 8i+7 of that byte i, and 63 minus the leading
  /// zeros, rounded down to a multiple of 8, is 8i.
  static func last(of word: UInt64, in mask: UInt64, into byte: inout UInt8) {
    guard mask != 0 else { return }
    byte = UInt8(truncatingIfNeeded: word >> ((63 - mask.leadingZeroBitCount) & ~7))
  }

  /// How many bytes a mask marks. Shifted right by 7, each marked byte is
  /// 1; times 0x0101...01, the top byte is the sum of all eight (at most
  /// 8, so no byte carries into the next).
  static func count(_ mask: UInt64) -> Int {
    Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56)
  }

  /// All bits of bytes 0..<count (count in 0...8): 2^(8 count) - 1, where a
  /// shift by 64 gives 0 and 0 - 1 wraps to all ones.
  static func firstBytes(_ count: Int) -> UInt64 {
    (UInt64(1) << (8 * count)) &- 1
  }
}
