/// How many columns of a fixed-pitch grid a text takes: 2 for a wide or
/// fullwidth character, 1 for any other (Unicode Standard Annex #11, East
/// Asian Width).
///
/// Swift's `Unicode.Scalar.Properties` has no East Asian Width, so the
/// ranges of the characters whose `East_Asian_Width` is W (wide) or F
/// (fullwidth) in `EastAsianWidth.txt` (Unicode 15.1) that Chinese,
/// Japanese and Korean text uses are listed here (``wideRanges``):
/// Hangul Jamo; the angle brackets 〈〉; the CJK radicals, Kangxi radicals
/// and ideographic description characters; CJK symbols and punctuation
/// (the ideographic space U+3000, 、。「」【】); Hiragana, Katakana,
/// Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes; enclosed CJK
/// letters and CJK compatibility; CJK Unified Ideographs with Extension
/// A; Yi; Hangul Jamo extended A and Hangul syllables; CJK compatibility
/// ideographs; vertical forms, CJK compatibility forms and small form
/// variants; the fullwidth forms (！ to ｠ and ￠ to ￦: （）：，０-９Ａ-Ｚ);
/// the ideographic symbols, Tangut, Khitan and the kana supplements; the
/// enclosed ideographic supplement; the supplementary and tertiary
/// ideographic planes (Extensions B to H).
///
/// Characters outside them count 1: halfwidth katakana and Hangul
/// (U+FF61...U+FFDC, which are H), and emoji, most of which are W, so a
/// column of emoji is fitted a little narrow, within the padding
/// ``ColumnFitting`` adds.
enum DisplayWidth {
  /// W and F ranges of `EastAsianWidth.txt`, in order, not overlapping.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo, leading consonants
    0x2329...0x232A,  // Angle brackets 〈 〉
    0x2E80...0x2E99,  // CJK Radicals Supplement
    0x2E9B...0x2EF3,
    0x2F00...0x2FD5,  // Kangxi Radicals
    0x2FF0...0x2FFF,  // Ideographic Description Characters
    0x3000...0x303E,  // CJK Symbols and Punctuation (U+3000 is F; the rest W)
    0x3041...0x3096,  // Hiragana
    0x3099...0x30FF,  // Hiragana marks, Katakana
    0x3105...0x312F,  // Bopomofo
    0x3131...0x318E,  // Hangul Compatibility Jamo
    0x3190...0x31E3,  // Kanbun, Bopomofo Extended, CJK Strokes
    0x31EF...0x321E,  // Katakana Phonetic Extensions, Enclosed CJK
    0x3220...0x3247,
    0x3250...0x4DBF,  // Enclosed CJK, CJK Compatibility, Extension A
    0x4E00...0xA48C,  // CJK Unified Ideographs, Yi Syllables
    0xA490...0xA4C6,  // Yi Radicals
    0xA960...0xA97C,  // Hangul Jamo Extended-A
    0xAC00...0xD7A3,  // Hangul Syllables
    0xF900...0xFAFF,  // CJK Compatibility Ideographs
    0xFE10...0xFE19,  // Vertical Forms
    0xFE30...0xFE52,  // CJK Compatibility Forms, Small Form Variants
    0xFE54...0xFE66,
    0xFE68...0xFE6B,
    0xFF01...0xFF60,  // Fullwidth ASCII variants and brackets (F)
    0xFFE0...0xFFE6,  // Fullwidth signs ￠￡￢￣￤￥￦ (F)
    0x16FE0...0x16FE4,  // Ideographic Symbols and Punctuation
    0x16FF0...0x16FF1,
    0x17000...0x18CD5,  // Tangut, Khitan
    0x18D00...0x18D08,  // Tangut Supplement
    0x1AFF0...0x1B2FB,  // Kana Extended-B, Kana Supplement, Kana Extended-A, Nushu
    0x1F200...0x1F202,  // Enclosed Ideographic Supplement
    0x1F210...0x1F23B,
    0x1F240...0x1F248,
    0x1F250...0x1F251,
    0x1F260...0x1F265,
    0x20000...0x2FFFD,  // Supplementary Ideographic Plane (Extensions B to F)
    0x30000...0x3FFFD,  // Tertiary Ideographic Plane (Extensions G, H)
  ]

  /// 2 for a wide or fullwidth scalar, 1 for any other.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    guard value >= 0x1100 else { return 1 }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return 2
      }
    }
    return 1
  }

  /// The width of `text`, counted no further than `limit` (a column is
  /// never fitted wider).
  static func of(_ text: String, upTo limit: Int) -> Int {
    var width = 0
    for scalar in text.unicodeScalars {
      width += of(scalar)
      if width >= limit { return limit }
    }
    return width
  }
}
