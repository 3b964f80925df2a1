import Testing

@testable import Reports

/// The byte writers of numbers must print what `format(_:)` and
/// `String(_:)` print: the JSON Lines are compared byte for byte.
@Suite struct JSONWriterNumberTests {
  private static func number(_ value: Double) -> String {
    var json = JSONWriter()
    json.number(value)
    return json.text
  }

  private static func integer(_ value: Int) -> String {
    var json = JSONWriter()
    json.integer(value)
    return json.text
  }

  @Test(arguments: [
    // Whole numbers keep one decimal; 0 and -0 both print 0.0.
    (1.0, "1.0"), (0.0, "0.0"), (-0.0, "0.0"), (27890.0, "27890.0"),
    // Shortest digits that read back: 0.1 + 0.2 is the double just above 0.3.
    (0.95, "0.95"), (0.1 + 0.2, "0.30000000000000004"), (-2.5, "-2.5"),
    // 1/3 has 16 significant digits, more than fit in a small string.
    (1.0 / 3.0, "0.3333333333333333"),
    // Below 2^-4 and from 2^53 up, Swift switches to an exponent.
    (0.00001, "1e-05"), (12_345_678_901_234_567_890.0, "1.2345678901234567e+19"),
    (Double.leastNonzeroMagnitude, "5e-324"),
  ])
  func doublesPrintAsFormatDoes(value: Double, text: String) {
    #expect(Self.number(value) == text)
    #expect(JSONWriter.format(value) == text)
  }

  /// Many finite doubles of every magnitude (bit patterns from a fixed
  /// SplitMix64 sequence), each against `description`.
  @Test func doublesMatchDescriptionOverManyValues() {
    var state: UInt64 = 42
    var mismatches: [Double] = []
    for _ in 0..<20_000 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      z ^= z >> 31
      let value = Double(bitPattern: z)
      guard value.isFinite, value != 0 else { continue }
      // And a value of the size our quotients have.
      let small = Double(z >> 11) / Double(1 << 40)
      for candidate in [value, small] where Self.number(candidate) != candidate.description {
        mismatches.append(candidate)
      }
    }
    #expect(mismatches.isEmpty)
  }

  @Test(arguments: [
    (0, "0"), (7, "7"), (10, "10"), (-12, "-12"), (2024, "2024"),
    (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
  ])
  func integersPrintTheirDigits(value: Int, text: String) {
    #expect(Self.integer(value) == text)
  }

  @Test func numbersAppendToWhatIsThere() {
    var json = JSONWriter()
    json.beginArray()
    json.number(0.5)
    json.integer(-3)
    json.number(.nan)
    json.endArray()
    #expect(json.text == "[0.5,-3,null]")
  }
}

extension JSONWriterNumberTests {
  /// Every length of integer, both signs, against `String(_:)`.
  @Test func integersOfEveryLengthPrintAsStringDoes() {
    var power = 1
    for _ in 0..<19 {
      for value in [power - 1, power, power + 1, 3 * power, -power, -(power - 1), -(9 * power)] {
        #expect(Self.integer(value) == String(value))
      }
      if power <= Int.max / 10 { power *= 10 }
    }
  }
}
