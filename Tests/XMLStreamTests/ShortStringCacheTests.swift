import Testing

@testable import XMLStream

/// The cache gives exactly the string of the bytes asked for, whatever it
/// held before.
@Suite struct ShortStringCacheTests {
  static func string(_ cache: ShortStringCache, _ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { cache.string($0) }
  }

  @Test func eachStringIsTheOneOfItsBytes() {
    let cache = ShortStringCache()
    // Empty, one byte, a byte 0 at the end (the words are zero-padded, so
    // only the length tells "a" from "a\0"), 15, 16 and 17 bytes (17 is
    // not cached), Chinese (3 bytes a character), twice each.
    let texts = [
      "", "a", "a\0", "\0", "m2", "mu", "510116", "2019-08-25", "fixedAssetInvest",
      "fixedAssetInvestm", "abcdefghijklmno", "双流区", "电子元件制造",
    ]
    for _ in 0..<2 {
      for text in texts {
        #expect(Self.string(cache, Array(text.utf8)) == text)
      }
    }
  }

  @Test func manyDifferentStringsShareSlotsAndStayExact() {
    // 10 000 strings in 512 slots: most share a slot with others; each
    // asked for twice in a row and again after all the others.
    let cache = ShortStringCache()
    let texts = (0..<10_000).map { "P\($0 * 7919 % 100_003)" }
    for text in texts {
      #expect(Self.string(cache, Array(text.utf8)) == text)
      #expect(Self.string(cache, Array(text.utf8)) == text)
    }
    var wrong = 0
    for text in texts where Self.string(cache, Array(text.utf8)) != text { wrong += 1 }
    #expect(wrong == 0)
  }
}
