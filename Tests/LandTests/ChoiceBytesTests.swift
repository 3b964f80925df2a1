import Testing

@testable import Land

/// A vocabulary's words are found from their bytes exactly as
/// `init(rawValue:)` finds them from a `String`.
@Suite struct ChoiceBytesTests {
  static func find<Value: ByteChoice>(_ text: String, as _: Value.Type) -> Value? {
    var text = text
    return text.withUTF8 { Value.choices.value($0) }
  }

  static func expectSameAsRawValue<Value: ByteChoice & Equatable>(_ type: Value.Type) {
    for value in Value.allCases {
      let word = value.rawValue
      #expect(find(word, as: type) == value)
      // One byte more, one less, or one changed: no longer the word (unless
      // that is another word of the vocabulary, as init(rawValue:) says).
      for near in [word + "x", String(word.dropLast()), "X" + word.dropFirst(), word.uppercased()] {
        #expect(find(near, as: type) == Value(rawValue: near), "\(near)")
      }
    }
    #expect(find("", as: type) == nil)
  }

  @Test func everyVocabularyIsFoundAsByItsRawValue() {
    Self.expectSameAsRawValue(AreaUnit.self)
    Self.expectSameAsRawValue(BuildingUse.self)
    Self.expectSameAsRawValue(CommitmentRemedy.self)
    Self.expectSameAsRawValue(EventKind.self)
    Self.expectSameAsRawValue(EventSeverity.self)
    Self.expectSameAsRawValue(HolderScale.self)
    Self.expectSameAsRawValue(Indicator.self)
    Self.expectSameAsRawValue(IndicatorUnit.self)
    Self.expectSameAsRawValue(RatingClass.self)
    Self.expectSameAsRawValue(SupplyMethod.self)
    Self.expectSameAsRawValue(ZoneLevel.self)
  }

  @Test func wordsAreFoundWhateverTheirLength() {
    #expect(Self.find("m2", as: AreaUnit.self) == .squareMetre)
    #expect(Self.find("investmentIntensity", as: Indicator.self) == .investmentIntensity)
    #expect(Self.find("investmentIntensit", as: Indicator.self) == nil)
  }
}
