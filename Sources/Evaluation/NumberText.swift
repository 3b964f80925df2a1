/// Numbers as messages show them: at most four decimals, no trailing zeros
/// (`0.7196`, `1.0` → `1`), unless four decimals would hide the difference
/// between a value and the bound it is compared with.
public enum NumberText {
  /// The most bytes ``write(_:decimals:to:)`` writes: `description` of a
  /// double is at most 24 (`-2.2250738585072014e-308`).
  public static let maximumLength = 32

  public static func format(_ value: Double, decimals: Int = 4) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
      guard let start = buffer.baseAddress, let count = writeRounded(value, decimals, to: start)
      else { return describeRounded(value, decimals: decimals) }
      return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }
  }

  /// Writes ``format(_:decimals:)`` of `value` at `out`, which has room
  /// for ``maximumLength`` bytes; returns how many it wrote.
  public static func write(
    _ value: Double, decimals: Int = 4, to out: UnsafeMutablePointer<UInt8>
  )
    -> Int
  {
    if let count = writeRounded(value, decimals, to: out) { return count }
    var text = describeRounded(value, decimals: decimals)
    return text.withUTF8 { utf8 in
      precondition(utf8.count <= maximumLength)
      if let base = utf8.baseAddress { out.update(from: base, count: utf8.count) }
      return utf8.count
    }
  }

  /// What ``format(_:decimals:)`` means: `value` rounded to `decimals`
  /// decimals as `description` prints it, less a trailing `.0`; `value`
  /// as `description` prints it when that text has an exponent.
  static func describeRounded(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return String(describing: value) }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    // Past about 1e304 the scaled value overflows: such a number has no
    // decimals to round, and must not print as "inf".
    guard (value * scale).isFinite else { return value.description }
    let rounded = (value * scale).rounded() / scale
    // The checks look at the UTF-8 bytes (`description` is ASCII): as
    // Characters (`hasSuffix`, `contains("e")`) they were a fifth of this
    // function, measured (release, 200k parcels, `perf record`).
    var text = rounded.description
    let utf8 = text.utf8
    if utf8.contains(UInt8(ascii: "e")) { return value.description }
    if utf8.count >= 2, utf8.last == UInt8(ascii: "0"),
      utf8[utf8.index(utf8.endIndex, offsetBy: -2)] == UInt8(ascii: ".")
    {
      text.removeLast(2)
    }
    if text == "-0" { text = "0" }
    return text
  }

  /// ``describeRounded(_:decimals:)`` without `description`, for the
  /// values where its text is known from the rounded integer alone: nil
  /// for the others.
  ///
  /// `n = (value × 10^decimals).rounded()` below 10^15 in magnitude is
  /// exact in a double, and `n / 10^decimals` is the double nearest the
  /// decimal n·10^-decimals. That decimal has at most 15 significant
  /// digits, and two such decimals never round to the same double (15
  /// digits always survive a round trip through a double), so no other
  /// decimal of as few digits reads back as that double: `description`
  /// prints exactly its digits. It prints them without an exponent from
  /// 10^-4 up to 2^53; below 10^-4 ``describeRounded(_:decimals:)`` gives
  /// `value.description`, left to it here.
  ///
  /// Measured with callgrind (release, 10k parcels, with finding messages
  /// written in one go by ``MessageText``): `Evaluator.finding` took 135 M
  /// instructions with `description` of the rounded value, 93 M with this
  /// (3,717 M to 3,672 M in all).
  static func writeRounded(_ value: Double, _ decimals: Int, to out: UnsafeMutablePointer<UInt8>)
    -> Int?
  {
    guard decimals >= 0, decimals <= 15 else { return nil }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (value * scale).rounded()
    // Not below 10^15 (or NaN): left to description.
    guard abs(scaled) < 1e15 else { return nil }
    // 0 and -0 both show as 0.
    if scaled == 0 {
      out.pointee = UInt8(ascii: "0")
      return 1
    }
    var magnitude = UInt64(abs(scaled))
    var power: UInt64 = 1
    for _ in 0..<decimals { power &*= 10 }
    // Below 10^-4 description has an exponent.
    guard decimals <= 4 || magnitude * 10_000 >= power else { return nil }
    var count = 0
    if scaled < 0 {
      out.pointee = UInt8(ascii: "-")
      count = 1
    }
    count += writeDigits(of: magnitude / power, to: out + count)
    var fraction = magnitude % power
    guard fraction != 0 else { return count }
    var fractionDigits = decimals
    while fraction % 10 == 0 {
      fraction /= 10
      fractionDigits -= 1
    }
    out[count] = UInt8(ascii: ".")
    count += 1
    // The fraction's digits, its leading zeros included.
    magnitude = fraction
    for position in stride(from: count + fractionDigits - 1, through: count, by: -1) {
      out[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
      magnitude /= 10
    }
    return count + fractionDigits
  }

  /// The decimal digits of `value`, at `out`; returns how many.
  private static func writeDigits(of value: UInt64, to out: UnsafeMutablePointer<UInt8>) -> Int {
    var digits = 1
    var power: UInt64 = 10
    while digits < 19, value >= power {
      digits += 1
      power &*= 10
    }
    var rest = value
    for position in stride(from: digits - 1, through: 0, by: -1) {
      out[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
      rest /= 10
    }
    return digits
  }

  /// The value and bound as text, with enough decimals to tell them apart.
  public static func pair(_ value: Double, _ bound: Double) -> (String, String) {
    var decimals = 4
    while decimals < 12 {
      let a = format(value, decimals: decimals)
      let b = format(bound, decimals: decimals)
      if a != b || value == bound { return (a, b) }
      decimals += 2
    }
    return (value.description, bound.description)
  }
}
