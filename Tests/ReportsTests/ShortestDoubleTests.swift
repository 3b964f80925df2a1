import Testing

@testable import Reports

/// ShortestDouble must print exactly what `description` prints: the JSON
/// Lines are compared byte for byte with earlier runs.
@Suite struct ShortestDoubleTests {
  private static func text(_ value: Double) -> String? {
    // Room and 16 bytes more, which must stay as they were.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ShortestDouble.room + 16) { buffer in
      buffer.initialize(repeating: 0xEE)
      guard let start = buffer.baseAddress, let count = ShortestDouble.write(value, to: start)
      else { return nil }
      precondition(count <= ShortestDouble.maximumLength)
      precondition(buffer[ShortestDouble.room...].allSatisfy { $0 == 0xEE })
      return String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }
  }

  /// The doubles it leaves to the standard library: zeros, subnormals,
  /// infinities, NaN.
  @Test(arguments: [
    0.0, -0.0, Double.leastNonzeroMagnitude, Double.leastNormalMagnitude.nextDown,
    .infinity, -.infinity, .nan,
  ])
  func leavesZerosSubnormalsAndNonFiniteValues(value: Double) {
    #expect(Self.text(value) == nil)
  }

  /// Worked out from the rules of the layout: no exponent from 10^-4 up to
  /// 2^53 (2^53 itself included), `.0` after whole numbers, an exponent
  /// with a sign and at least two digits otherwise.
  @Test(arguments: [
    (1.0, "1.0"), (-2.5, "-2.5"), (27890.0, "27890.0"), (0.07, "0.07"), (0.0001, "0.0001"),
    (0.00001, "1e-05"), (0.000123, "0.000123"), (0.0000123, "1.23e-05"),
    (9_007_199_254_740_992.0, "9007199254740992.0"), (1e16, "1e+16"),
    (12_300_000.0, "12300000.0"), (123.456, "123.456"), (1e100, "1e+100"),
    (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
    (Double.leastNormalMagnitude, "2.2250738585072014e-308"), (0.1 + 0.2, "0.30000000000000004"),
  ])
  func laysOutAsDescriptionDoes(value: Double, text: String) {
    #expect(Self.text(value) == text)
    #expect(value.description == text)
  }

  /// Powers of two (the double below is half as close as the one above),
  /// their neighbours, powers of ten and theirs, and the integers around
  /// 2^53, against `description`.
  @Test func agreesWithDescriptionAtTheEdges() {
    var values: [Double] = []
    for exponent in -1022...1023 {
      let power = Double(sign: .plus, exponent: exponent, significand: 1)
      values += [power, power.nextUp, power.nextDown, -power]
    }
    var ten = 1.0
    for _ in 0..<308 {
      values += [ten, ten.nextUp, ten.nextDown, 1 / ten, (1 / ten).nextUp, (1 / ten).nextDown]
      ten *= 10
    }
    var whole = 9_007_199_254_740_992.0
    for _ in 0..<100 {
      values += [whole, whole.nextUp, -whole]
      whole = whole.nextDown
    }
    var mismatches: [Double] = []
    for value in values where Self.text(value).map({ $0 != value.description }) ?? false {
      mismatches.append(value)
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  /// Many values (bit patterns of every magnitude, quotients, short
  /// decimals), from a fixed SplitMix64 sequence, against `description`.
  @Test func agreesWithDescriptionOverManyValues() {
    var state: UInt64 = 53
    var mismatches: [Double] = []
    for _ in 0..<40_000 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      let candidates = [
        Double(bitPattern: z), Double(z >> 40) / (Double((z >> 8) & 0xFFFFF) + 1),
        Double(z >> 11) / Double(1 << 53) * 1000, Double(Int(z % 100_000)) / 100,
        Double(Int(z % 10_000_000)) / 10_000,
      ]
      for value in candidates where Self.text(value).map({ $0 != value.description }) ?? false {
        mismatches.append(value)
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  /// Eight digits a word, the first in the lowest byte, leading zeros kept.
  @Test(arguments: [0, 1, 9, 10, 99, 100, 1234, 9999, 10_000, 12_345_678, 99_999_999] as [UInt32])
  func eightDigitsAreTheNumbersDigits(value: UInt32) {
    let word = ShortestDouble.DigitBlock.eightDigits(value) | 0x3030_3030_3030_3030
    let text = withUnsafeBytes(of: word.littleEndian) { String(decoding: $0, as: UTF8.self) }
    let digits = String(value)
    #expect(text == String(repeating: "0", count: 8 - digits.count) + digits)
  }

  /// How many digits a number has and how many end it, for every length.
  @Test func digitBlocksCountDigitsAndTrailingZeros() {
    var power: UInt64 = 1
    for _ in 0..<17 {
      for value in [power, power * 3 + 7, power * 9 + (power - 1), power * 5]
      where value < 100_000_000_000_000_000 {
        let block = ShortestDouble.DigitBlock(value)
        let text = String(value)
        #expect(block.length == text.count, "\(value)")
        let zeros = text.count - text.reversed().drop(while: { $0 == "0" }).count
        #expect(block.trailingZeros == zeros, "\(value)")
      }
      power *= 10
    }
  }
}
