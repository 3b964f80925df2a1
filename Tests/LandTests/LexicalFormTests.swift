import Testing

@testable import Land

/// The lexical forms of a `String`'s UTF-8 bytes, as the decoder reads
/// them from a record's bytes.
extension LexicalForm {
  static func decimal(_ text: String) -> Double? {
    var text = text
    return text.withUTF8 { decimal($0) }
  }

  static func wholeNumber(_ text: String) -> Int? {
    var text = text
    return text.withUTF8 { wholeNumber($0) }
  }

  static func year(_ text: String) -> Int? {
    var text = text
    return text.withUTF8 { year($0) }
  }
}

/// The decimals of the land-record format (`records.md`, "Writing values"):
/// the forms allowed, and the same double as Swift's own parsing gives.
@Suite struct LexicalFormTests {
  @Test(arguments: ["12", "12.5", "0.07", "0", "007", "30000", "0.000001"])
  func plainDecimalsAreRead(text: String) {
    #expect(LexicalForm.decimal(text) == Double(text))
  }

  @Test(arguments: [
    "", ".", "12.", ".5", "1.2.3", "-1", "+1", "1e3", "12,5", "0x10", " 1", "1 ", "NaN", "١٢",
  ])
  func otherFormsAreRefused(text: String) {
    #expect(LexicalForm.decimal(text) == nil)
  }

  @Test func longDecimalsGiveTheSameDoubleAsSwiftsParsing() {
    // Past 2^53 (9007199254740992) the digits no longer make an exact
    // integer: 9007199254740993 is read as Swift reads it (rounded to even,
    // 9007199254740992); so is a fraction of more than 22 places.
    for text in [
      "9007199254740993", "9007199254740992", "900719925474099.3", "123456789012345678901234",
      "0.00000000000000000000001", "1.7976931348623157", "4503599627370497.5",
    ] {
      #expect(LexicalForm.decimal(text) == Double(text), "\(text)")
    }
  }

  @Test func randomDecimalsGiveTheSameDoubleAsSwiftsParsing() {
    // A fixed generator, so a failure can be replayed.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 11
    }
    for _ in 0..<20_000 {
      let whole = String(next() % 10_000_000_000)
      let places = Int(next() % 12)
      let fraction = (0..<places).map { _ in String(next() % 10) }.joined()
      let text = places == 0 ? whole : whole + "." + fraction
      #expect(LexicalForm.decimal(text) == Double(text), "\(text)")
    }
  }

  @Test func numbersTooLargeForADoubleAreNoValue() {
    #expect(LexicalForm.decimal(String(repeating: "9", count: 400)) == nil)
  }
}

/// Whole numbers and years, read from the bytes in place: what `Int(text)`
/// gives for all-digit text, nothing for anything else.
@Suite struct WholeNumberFormTests {
  @Test func digitsUpToIntMaxAreRead() {
    #expect(LexicalForm.wholeNumber("0") == 0)
    #expect(LexicalForm.wholeNumber("007") == 7)
    // Int.max is 2^63 - 1 = 9223372036854775807; one more does not fit.
    #expect(LexicalForm.wholeNumber("9223372036854775807") == Int.max)
    #expect(LexicalForm.wholeNumber("9223372036854775808") == nil)
    #expect(LexicalForm.wholeNumber("99999999999999999999") == nil)
  }

  @Test(arguments: ["", "-1", "+1", "1.0", " 1", "1 ", "١"])
  func otherFormsAreNotWholeNumbers(text: String) {
    #expect(LexicalForm.wholeNumber(text) == nil)
  }

  @Test func yearsHaveFourDigitsAndAreNotZero() {
    #expect(LexicalForm.year("2024") == 2024)
    #expect(LexicalForm.year("0001") == 1)
    #expect(LexicalForm.year("0000") == nil)
    #expect(LexicalForm.year("202") == nil)
    #expect(LexicalForm.year("02024") == nil)
  }

  @Test func xmlWhiteSpaceIsTrimmedFromBytes() {
    let text = Array(" \t\r\n12 5\n ".utf8)
    text.withUnsafeBufferPointer { bytes in
      #expect(Array(bytes.trimmingXMLWhitespace()) == Array("12 5".utf8))
    }
    let blank = Array(" \n\t".utf8)
    blank.withUnsafeBufferPointer { #expect($0.trimmingXMLWhitespace().isEmpty) }
  }
}
