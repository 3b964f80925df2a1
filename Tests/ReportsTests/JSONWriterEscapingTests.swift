import Evaluation
import Testing

@testable import Reports

/// Strings are copied eight bytes at a time until a byte may need
/// escaping, then escaped one by one: wherever the special characters
/// fall, the text must be what escaping each character in turn gives.
@Suite struct JSONWriterEscapingTests {
  /// JSON's escapes, character by character, as `records.md` has them.
  private static func reference(_ value: String) -> String {
    var text = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      case "\u{08}": text += "\\b"
      case "\u{0C}": text += "\\f"
      case "\u{2028}": text += "\\u2028"
      case "\u{2029}": text += "\\u2029"
      case _ where scalar.value < 0x20:
        let digits = Array("0123456789abcdef")
        text +=
          "\\u00" + String(digits[Int(scalar.value >> 4)]) + String(digits[Int(scalar.value & 0xF)])
      default: text.unicodeScalars.append(scalar)
      }
    }
    return text + "\""
  }

  private static func written(_ value: String) -> String {
    var json = JSONWriter()
    json.string(value)
    return json.text
  }

  /// Each piece at every position of plain runs of 0 to 17 bytes, so that
  /// it falls on, across and beside the eight-byte words.
  @Test(arguments: [
    "\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{00}", "\u{01}", "\u{1F}", "\u{7F}",
    "\u{2028}", "\u{2029}", "“", "”", "–", "\u{2027}", "\u{202A}", "容", "m²", "😀",
  ])
  func aSpecialPieceAnywhere(piece: String) {
    for before in 0...17 {
      for after in [0, 1, 7, 8, 9] {
        let value =
          String(repeating: "a", count: before) + piece + String(repeating: "b", count: after)
        #expect(Self.written(value) == Self.reference(value), "\(before) + \(piece) + \(after)")
      }
    }
  }

  /// Random strings of those pieces, plain text and Chinese.
  @Test func manyMixedStrings() {
    let pieces = [
      "a", "plain words ", "容积率", "“用地”", "\"", "\\", "\n", "\t", "\u{01}", "\u{2028}",
      "\u{2029}", "–", "0.7", "é", "😀",
    ]
    var state: UInt64 = 7
    for _ in 0..<2_000 {
      var value = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for step in 0..<Int(state >> 60) {
        let pick = Int((state >> UInt64(4 * (step % 14))) & 0xF) % pieces.count
        value += pieces[pick]
      }
      #expect(Self.written(value) == Self.reference(value), "\(Array(value.unicodeScalars))")
    }
  }

  /// A slow-path escape near the end of a long string, and keys escaped
  /// the same way.
  @Test func escapesAfterALongPlainRun() {
    let long = String(repeating: "0123456789", count: 30) + "\"end\""
    #expect(Self.written(long) == Self.reference(long))
    var json = JSONWriter()
    json.beginObject()
    json.key(escaping: long)
    json.null()
    json.endObject()
    #expect(json.text == "{" + Self.reference(long) + ":null}")
  }

  /// More text than the writer reserved: it grows and keeps every byte.
  @Test func growsPastItsCapacity() {
    var json = JSONWriter(capacity: 16)
    json.beginArray()
    var expected = "["
    for index in 0..<300 {
      json.string("item \(index) 容积率")
      json.integer(index)
      expected += (index == 0 ? "" : ",") + "\"item \(index) 容积率\",\(index)"
    }
    json.endArray()
    #expect(json.text == expected + "]")
  }
}

extension JSONWriterEscapingTests {
  /// A sentence held as parts is written as its text would be: parts that
  /// need escaping, and values of every kind.
  @Test func aSentenceFromItsPartsIsItsTextEscaped() {
    let subjects = ["plotRatio", "税\"率", "a\\b", "line\nbreak", "\u{2028}"]
    let rests = [" meets the range 1–3 for sector C39 (a.xml:10)", "", " “用地” \u{2029}\t"]
    let values = [1.2383858267716537, 0, -0.00004, 1e20, 123_456.789_12, .nan]
    for subject in subjects {
      for rest in rests {
        for value in values {
          let text = FindingText.meets(subject: subject, value: value, rest: rest)
          var parts = JSONWriter()
          parts.string(text)
          var whole = JSONWriter()
          whole.string(text.text)
          #expect(parts.text == whole.text, "\(subject) \(value) \(rest)")
        }
      }
    }
  }
}
