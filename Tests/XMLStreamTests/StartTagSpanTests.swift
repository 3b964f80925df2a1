import Testing

@testable import XMLStream

/// The word-at-a-time look back to a start tag's `<` counts exactly what a
/// byte-at-a-time walk counts, wherever the bytes fall in a word.
@Suite struct StartTagSpanTests {
  /// The walk the reader used before: back from `end` to the last `<`.
  static func walked(_ bytes: [UInt8], end: Int) -> StartTagSpan? {
    guard let start = bytes[..<end].lastIndex(of: UInt8(ascii: "<")) else { return nil }
    let inside = bytes[(start + 1)..<end]
    let newlines = inside.filter { $0 == 0x0A }.count
    let isCharacter = { (byte: UInt8) in byte & 0xC0 != 0x80 }
    if newlines == 0 {
      return StartTagSpan(
        start: start, newlines: 0, characters: inside.filter(isCharacter).count)
    }
    let lineStart = (bytes[..<start].lastIndex(of: 0x0A) ?? -1) + 1
    return StartTagSpan(
      start: start, newlines: newlines,
      characters: bytes[lineStart..<start].filter(isCharacter).count)
  }

  static func found(_ bytes: [UInt8], end: Int) -> StartTagSpan? {
    bytes.withUnsafeBufferPointer { StartTagSpan.find(in: $0, end: end) }
  }

  @Test func aTagOnOneLineCountsItsCharacters() {
    // `  <area unit="亩">` then the parser at `>`: after `<` come `area unit="`
    // (11 characters), 亩 (3 bytes, 1 character) and `"`: 13 characters.
    let bytes = Array("  <area unit=\"亩\">".utf8)
    let span = Self.found(bytes, end: bytes.count - 1)
    #expect(span == StartTagSpan(start: 2, newlines: 0, characters: 13))
  }

  @Test func aTagOverTwoLinesCountsTheCharactersBeforeItsStart() {
    // Line 1 `x\n`, line 2 `地 <a` then a line feed and ` b="1"`: one line feed
    // inside the tag; before `<` on its line: 地 and a space, 2 characters.
    let bytes = Array("x\n地 <a\n b=\"1\">".utf8)
    let span = Self.found(bytes, end: bytes.count - 1)
    #expect(span == StartTagSpan(start: 6, newlines: 1, characters: 2))
  }

  @Test func noStartTagIsNil() {
    let bytes = Array("no tag here\n at all".utf8)
    #expect(Self.found(bytes, end: bytes.count) == nil)
  }

  /// Every end position of texts built from pieces that straddle word
  /// boundaries differently (ASCII, 2-, 3- and 4-byte characters, line
  /// feeds, `<`), shifted by 0 to 8 bytes.
  @Test(arguments: 0...8) func agreesWithTheByteWalkAtEveryAlignment(shift: Int) {
    let pieces = ["a", "é", "地", "😀", "\n", "<", " ", "=\"v\""]
    var generator = SplitMix64(seed: UInt64(shift) &+ 17)
    for _ in 0..<200 {
      var text = String(repeating: "x", count: shift)
      for _ in 0..<Int(generator.next() % 40) {
        text += pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      let bytes = Array(text.utf8)
      for end in 0...bytes.count {
        #expect(Self.found(bytes, end: end) == Self.walked(bytes, end: end))
      }
    }
  }
}
