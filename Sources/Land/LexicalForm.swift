/// The lexical forms the land-record format allows, checked byte by byte
/// (no Foundation, no locale): plain decimals, whole numbers, four-digit
/// years and the code patterns of `records.md`.
package enum LexicalForm {
  /// `12`, `12.5`, `0.07`: ASCII digits with an optional fraction. No sign,
  /// no exponent, no thousands separator, no leading or trailing dot. The
  /// bytes are UTF-8, read in place.
  ///
  /// Most values have at most 15 significant digits: their digits make an
  /// integer below 2^53 and their fraction at most 22 places, so the
  /// integer and the power of ten are exact doubles and one division
  /// rounds correctly, giving the very double `Double(text)` (strtod)
  /// gives (Clinger's fast path). Others go through `Double(text)`.
  /// (Measured, release, 200k parcels: the array copy and strtod of every
  /// value were 3.1% of a batch run.)
  static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    if bytes.count <= 15, let value = shortDecimal(bytes) { return value }
    var mantissa: UInt64 = 0
    var digits = 0
    var fraction: Int?
    var exact = true
    for index in bytes.indices {
      let byte = bytes[index]
      if byte == UInt8(ascii: ".") {
        // One dot, with digits on both sides.
        guard fraction == nil, index > 0, index < bytes.count - 1 else { return nil }
        fraction = 0
        continue
      }
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      digits += 1
      if let places = fraction { fraction = places + 1 }
      if mantissa > (Self.exactLimit - 9) / 10 { exact = false }
      if exact { mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0")) }
    }
    guard digits > 0 else { return nil }
    let places = fraction ?? 0
    guard exact, places < Self.powersOfTen.count else {
      return finite(Double(String(decoding: bytes, as: UTF8.self)))
    }
    return finite(Double(mantissa) / Self.powersOfTen[places])
  }

  /// A decimal of at most 15 bytes, so of at most 15 digits: its digits
  /// make an integer below 10^15 < 2^53 and its fraction has at most 13
  /// places, so one division of exact doubles gives it, rounded as strtod
  /// rounds. nil when the bytes are not a plain decimal (or are empty).
  ///
  /// (Measured with callgrind, release, 10k parcels: the general loop,
  /// which tracks exactness digit by digit and reads its powers of ten
  /// from an array made lazily, cost 1.8% more: 2,857 M instructions
  /// against 2,806 M.)
  @inline(__always)
  private static func shortDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
    var mantissa: UInt64 = 0
    var dot = -1
    for index in 0..<bytes.count {
      let digit = bytes[index] &- UInt8(ascii: "0")
      if digit < 10 {
        mantissa = mantissa &* 10 &+ UInt64(digit)
      } else if bytes[index] == UInt8(ascii: "."), dot < 0 {
        dot = index
      } else {
        return nil
      }
    }
    // One dot at most, with digits on both sides.
    guard !bytes.isEmpty, dot != 0, dot != bytes.count - 1 else { return nil }
    let places = dot < 0 ? 0 : bytes.count - 1 - dot
    return Double(mantissa) / exactPowerOfTen(places)
  }

  /// 10^places for 0 ... 14 (a short decimal needs 13 at most), each an
  /// exact double.
  @inline(__always)
  private static func exactPowerOfTen(_ places: Int) -> Double {
    switch places {
    case 0: 1
    case 1: 1e1
    case 2: 1e2
    case 3: 1e3
    case 4: 1e4
    case 5: 1e5
    case 6: 1e6
    case 7: 1e7
    case 8: 1e8
    case 9: 1e9
    case 10: 1e10
    case 11: 1e11
    case 12: 1e12
    case 13: 1e13
    default: 1e14
    }
  }

  /// 2^53: every integer up to it is an exact double.
  private static let exactLimit: UInt64 = 1 << 53
  /// 10^0 … 10^22, each an exact double.
  private static let powersOfTen: [Double] = (0...22).map { power in
    (0..<power).reduce(1.0) { value, _ in value * 10 }
  }

  /// `0`, `30`: ASCII digits that fit an `Int`, read in place: what
  /// `Int(text)` gives for them (leading zeros allowed, nil past `Int.max`).
  static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !bytes.isEmpty else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, carry) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
      guard !overflow, !carry else { return nil }
      value = sum
    }
    return value
  }

  /// A year written with exactly four digits, 0001 to 9999, read in place.
  static func year(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard bytes.count == 4, let year = wholeNumber(bytes), year >= 1 else { return nil }
    return year
  }

  /// A GB/T 2260 division code: six ASCII digits.
  static func isDivisionCode(_ text: String) -> Bool {
    text.utf8.count == 6 && allDigits(text.utf8)
  }

  /// A GB/T 4754-2017 code: a capital letter, then 2 to 4 digits
  /// (`^[A-Z][0-9]{2,4}$`).
  static func isSectorCode(_ text: String) -> Bool {
    let bytes = text.utf8
    guard (3...5).contains(bytes.count), let first = bytes.first,
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first)
    else { return false }
    return allDigits(bytes.dropFirst())
  }

  /// A unified social credit code (GB 32100-2015): 18 characters from the
  /// digits and the capital letters other than I, O, S, V and Z. The check
  /// character is not verified.
  package static func isCreditCode(_ text: String) -> Bool {
    text.utf8.count == 18 && text.utf8.allSatisfy { creditCodeCharacters.contains($0) }
  }

  private static let creditCodeCharacters = Set("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)

  /// At least one byte, all ASCII digits. (The bytes in place: these
  /// checks copied them into an array first, an allocation for every year,
  /// code and whole number read.)
  private static func allDigits(_ bytes: some Sequence<UInt8>) -> Bool {
    var any = false
    for byte in bytes {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return false }
      any = true
    }
    return any
  }

  private static func finite(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    return value
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// The bytes without leading and trailing XML whitespace (space, tab,
  /// carriage return, line feed), as XSD's `collapse` trims the simple
  /// types. (Those four are single bytes in UTF-8, never part of another
  /// character's bytes.)
  func trimmingXMLWhitespace() -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = count
    while start < end, Self.isXMLSpace(self[start]) { start += 1 }
    while end > start, Self.isXMLSpace(self[end - 1]) { end -= 1 }
    if start == 0 && end == count { return self }
    return UnsafeBufferPointer(rebasing: self[start..<end])
  }

  /// Space, tab, carriage return, line feed.
  static func isXMLSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
  }
}

extension String {
  /// The string without leading and trailing XML whitespace
  /// (space, tab, carriage return, line feed).
  func trimmingXMLWhitespace() -> String {
    var text = self
    return text.withUTF8 { String(decoding: $0.trimmingXMLWhitespace(), as: UTF8.self) }
  }
}
