import Testing

@testable import Evaluation

@Suite struct NumberTextTests {
  @Test(arguments: [
    (0.719640179910045, "0.7196"), (1.0, "1"), (300.0, "300"), (0.07, "0.07"),
    (24.987506246876563, "24.9875"), (0.0, "0"),
  ])
  func showsAtMostFourDecimals(value: Double, text: String) {
    #expect(NumberText.format(value) == text)
  }

  @Test(arguments: [
    // -0.00004 × 10⁴ = -0.4, rounds to -0: shown as 0, not -0.
    (-0.00004, "0"), (-3.0, "-3"), (-2.25, "-2.25"),
    // 1e20 rounded is still 1e20, which Swift prints with an exponent: the
    // value as Swift prints it.
    (1e20, "1e+20"),
    // 0.00001 × 10⁴ = 0.1, rounds to 0.
    (0.00001, "0"), (12.5, "12.5"), (10.0, "10"),
  ])
  func signsExponentsAndWholeNumbers(value: Double, text: String) {
    #expect(NumberText.format(value) == text)
  }

  @Test func showsMoreDecimalsWhenFourWouldHideAShortfall() {
    // 0.99999 rounds to 1 at four decimals, which would read "1 is below 1".
    let (value, bound) = NumberText.pair(0.99999, 1.0)
    #expect(value == "0.99999")
    #expect(bound == "1")
  }
}

@Suite struct BoundCheckTests {
  @Test func aValueAtItsBoundMeetsIt() {
    // 23345 m² of floor area on 33350 m² is a plot ratio of exactly 0.7,
    // computed in binary floating point.
    let ratio = 23345.0 / 33350.0
    #expect(BoundCheck.meetsMinimum(ratio, 0.7))
    #expect(BoundCheck.meetsMaximum(0.1 + 0.2, 0.3))
  }

  @Test func aRealShortfallFails() {
    #expect(!BoundCheck.meetsMinimum(0.6999, 0.7))
    #expect(!BoundCheck.meetsMaximum(0.0701, 0.07))
  }
}

/// `format` works the text out from the rounded integer when it can;
/// `describeRounded` is what it means (rounded, printed by `description`,
/// less a trailing `.0`). The two must agree everywhere.
@Suite struct NumberTextFastPathTests {
  /// Whole values, short and long decimals, both signs, each side of the
  /// limits of the shortcut: 10^15 after scaling, 10^-4 for an exponent.
  @Test(arguments: [2, 4, 6, 8, 10])
  func agreesWithDescriptionAtTheEdges(decimals: Int) {
    var values: [Double] = [
      0, -0.0, 1, -1, 0.5, 0.07, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 12.5, 0.00005, 0.0001,
      0.00012345, 0.000099999, 1e-7, 1.5e-5, 99_999_999_999.99995, 999_999_999_999.5,
      123_456.789_123_45, 1e11, 1e14, 1e15, 1e20, 1e300, 1e305, .greatestFiniteMagnitude,
      .leastNonzeroMagnitude, .infinity, -.infinity, .nan,
    ]
    values += values.map { -$0 }
    for value in values {
      #expect(
        NumberText.format(value, decimals: decimals)
          == NumberText.describeRounded(value, decimals: decimals), "\(value), \(decimals)")
    }
  }

  /// Many values of the sizes indicators have (quotients, amounts, tiny
  /// and huge ones), from a fixed SplitMix64 sequence.
  @Test func agreesWithDescriptionOverManyValues() {
    var state: UInt64 = 2024
    var mismatches: [(Double, Int)] = []
    for round in 0..<30_000 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      let unit = Double(z >> 11) / Double(1 << 53)
      let exponent = Double(Int(z & 0x3F) - 24)
      let candidates = [
        unit, unit * 1000, (unit * 1e6).rounded() / 100, unit * pow10(exponent),
        -unit * pow10(exponent), Double(bitPattern: z),
      ]
      let decimals = [2, 4, 6, 8, 10][round % 5]
      for value in candidates
      where NumberText.format(value, decimals: decimals)
        != NumberText.describeRounded(value, decimals: decimals)
      {
        mismatches.append((value, decimals))
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }

  private func pow10(_ exponent: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(abs(exponent)) { result *= 10 }
    return exponent < 0 ? 1 / result : result
  }

  /// Worked out by hand: the digits of the rounded integer with the point
  /// put back, trailing zeros dropped; below 10^-4 the value's own text.
  @Test(arguments: [
    // 123456.78912 × 10⁴ = 1234567891.2, rounds to 1234567891.
    (123_456.789_12, 4, "123456.7891"),
    // -0.07 × 10⁴ = -700: two fraction digits after the zeros are dropped.
    (-0.07, 4, "-0.07"),
    // 0.00012345 × 10⁸ = 12345: a fraction with three leading zeros.
    (0.000_123_45, 8, "0.00012345"),
    // 1e-7 × 10⁸ = 10, but 1e-7 is below 10^-4: description, with an exponent.
    (1e-7, 8, "1e-07"),
    // 2.5 × 10² = 250: one decimal.
    (2.5, 2, "2.5"),
    // 7 × 10⁴ = 70000: no fraction at all.
    (7.0, 4, "7"),
  ])
  func digitsOfTheRoundedInteger(value: Double, decimals: Int, text: String) {
    #expect(NumberText.format(value, decimals: decimals) == text)
  }
}
