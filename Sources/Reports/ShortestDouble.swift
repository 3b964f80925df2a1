/// The text `description` prints for a double, without the standard
/// library's printer: the fewest significant digits that read back as the
/// same double, the closest to it of those (ties to an even last digit),
/// laid out as `description` lays them out.
///
/// The digits come from Giulietti's Schubfach algorithm ("The Schubfach
/// way to render doubles", 2020; as in the JDK's `DoubleToDecimal`): the
/// double's rounding interval scaled by a 126-bit power of ten
/// (``g``), and the one or two candidates of each length tested against
/// it. It picks the same digits as the standard library's printer, whose
/// documentation promises the same three things (shortest, closest, ties
/// even). The layout follows `description`: no exponent from 10^-4 up to
/// 2^53 (`0.0001`, `37.5`, `27890.0`, `9007199254740992.0`), else
/// `1e-05`, `1.2345678901234567e+19`.
///
/// Measured with callgrind (release, 10k parcels, 281k numbers):
/// `JSONBytes.appendNumber` took 170 M instructions with
/// `Double.write(to:)` (`_Float64ToASCII`, 123 M of them, and the stream
/// around it), 111 M with this; the JSON lines 417 M before, 358 M after
/// (3,672 M to 3,615 M in all). The tests compare the two printers over
/// more than 200k values; 190M more (random bit patterns, quotients, short
/// decimals, powers of two and ten and their neighbours) were compared
/// when this was written.
enum ShortestDouble {
  /// The longest text ``write(_:to:)`` writes (`-2.2250738585072014e-308`).
  static let maximumLength = 24

  /// The room ``write(_:to:)`` needs: it copies digits eight bytes at a
  /// time, and may write up to 30 bytes, the text and then some.
  static let room = 32

  /// Writes `value.description` at `out`, which has room for ``room``
  /// bytes, and returns its length; nil, writing nothing, for zeros,
  /// subnormals, infinities and NaNs.
  static func write(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int? {
    let bits = value.bitPattern
    let biasedExponent = Int(truncatingIfNeeded: (bits >> 52) & 0x7FF)
    guard biasedExponent != 0, biasedExponent != 0x7FF else { return nil }
    let fraction = bits & ((1 << 52) - 1)
    var sign = 0
    if bits >> 63 != 0 {
      out.pointee = UInt8(ascii: "-")
      sign = 1
    }
    let text = out + sign
    // |value| = c · 2^q, with 2^52 ≤ c < 2^53.
    let c = fraction | (1 << 52)
    let q = biasedExponent - 1075
    var decimal: (digits: UInt64, exponent: Int)
    let whole = q <= 0 && q > -53 ? c >> UInt64(-q) : 0
    if whole != 0 && whole << UInt64(-q) == c {
      // A whole number below 2^53: its own digits.
      decimal = (whole, 0)
    } else {
      decimal = shortestDecimal(c: c, q: q)
    }
    // From 2^53 up (2^53 itself aside), always an exponent.
    let largeExponent = biasedExponent > 1076 || (biasedExponent == 1076 && fraction != 0)
    return sign
      + DigitBlock(decimal.digits).write(
        exponent: decimal.exponent, withExponent: largeExponent, to: text)
  }

  /// The shortest decimal d · 10^e in the rounding interval of c · 2^q
  /// (a normal double's significand and exponent), the closest to it when
  /// two are as short. `d` may end in zeros.
  static func shortestDecimal(c: UInt64, q: Int) -> (digits: UInt64, exponent: Int) {
    let odd: UInt64 = c & 1
    let cb = c << 2
    let cbr = cb + 2
    let cbl: UInt64
    let k: Int
    if c != 1 << 52 || q == -1074 {
      // Regular spacing: the doubles either side are as far away.
      cbl = cb - 2
      k = floorLog10Pow2(q)
    } else {
      // A power of two: the double below is half as far as the one above.
      cbl = cb - 1
      k = floorLog10ThreeQuartersPow2(q)
    }
    let h = q + floorLog2Pow10(-k) + 2
    let index = 2 * (k - minimumK)
    let g1 = g[index]
    let g0 = g[index + 1]
    let vb = roundToOdd(g1, g0, cb << UInt64(h))
    let vbl = roundToOdd(g1, g0, cbl << UInt64(h))
    let vbr = roundToOdd(g1, g0, cbr << UInt64(h))
    let s = vb >> 2
    if s >= 100 {
      // One digit fewer: s' = ⌊s / 10⌋ (multiplied, not divided).
      let sp10 = 10 * s.multipliedFullWidth(by: 115_292_150_460_684_698 << 4).high
      let tp10 = sp10 + 10
      let upIn = vbl + odd <= sp10 << 2
      let wpIn = (tp10 << 2) + odd <= vbr
      if upIn != wpIn { return (upIn ? sp10 : tp10, k) }
    }
    let t = s + 1
    let uIn = vbl + odd <= s << 2
    let wIn = (t << 2) + odd <= vbr
    if uIn != wIn { return (uIn ? s : t, k) }
    // Both in the interval: the closer, the even one at a tie.
    let difference = Int64(bitPattern: vb &- ((s + t) << 1))
    return (difference < 0 || (difference == 0 && s & 1 == 0) ? s : t, k)
  }

  /// ⌊cp · g / 2^127⌋, its last bit set when the rest is not zero
  /// (rounding to odd), with g = g1·2^63 + g0.
  @inline(__always)
  private static func roundToOdd(_ g1: UInt64, _ g0: UInt64, _ cp: UInt64) -> UInt64 {
    let x1 = g0.multipliedFullWidth(by: cp).high
    let (y1, y0) = g1.multipliedFullWidth(by: cp)
    let z = (y0 >> 1) &+ x1
    let vbp = y1 &+ (z >> 63)
    let mask63: UInt64 = (1 << 63) - 1
    return vbp | (((z & mask63) &+ mask63) >> 63)
  }

  /// ⌊log10 2^e⌋, for |e| ≤ 1100 (checked exhaustively when the table was
  /// made).
  @inline(__always)
  static func floorLog10Pow2(_ e: Int) -> Int { (e &* 661_971_961_083) >> 41 }

  /// ⌊log10 (3/4 · 2^e)⌋.
  @inline(__always)
  static func floorLog10ThreeQuartersPow2(_ e: Int) -> Int {
    (e &* 661_971_961_083 &- 274_743_187_321) >> 41
  }

  /// ⌊log2 10^e⌋, for |e| ≤ 400.
  @inline(__always)
  static func floorLog2Pow10(_ e: Int) -> Int { (e &* 913_124_641_741) >> 38 }
}
