import Evaluation
import Land
import Testing

@testable import Reports

/// The word-at-a-time test for bytes that need escaping must find every
/// such byte wherever it is, and nothing else.
@Suite struct JSONWriterScanTests {
  private static func scan(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { JSONWriter.mayNeedEscaping($0) }
  }

  /// 0x00 and 0x1F (the ends of the control range), `"`, `\` and 0xE2.
  @Test(arguments: [0x00, 0x01, 0x0A, 0x1F, 0x22, 0x5C, 0xE2] as [UInt8])
  func findsASpecialByteAtEveryPosition(special: UInt8) {
    for length in 1...20 {
      for position in 0..<length {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        bytes[position] = special
        #expect(Self.scan(bytes), "byte \(special) at \(position) of \(length)")
      }
    }
  }

  /// The neighbours of the special bytes, and the high bytes of UTF-8.
  @Test(arguments: [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F, 0x80, 0xE1, 0xE3, 0xFF] as [UInt8])
  func passesOrdinaryBytes(byte: UInt8) {
    for length in 0...20 {
      #expect(!Self.scan([UInt8](repeating: byte, count: length)), "\(byte) × \(length)")
    }
  }

  @Test func chineseTextNeedsNoEscapingButCurlyQuotesMay() {
    // 容积率: E5 AE B9 E7 A7 AF E7 8E 87, no E2.
    #expect(!Self.scan(Array("容积率 GB/T 4754-2002 30 塑料制品业".utf8)))
    // “ is E2 80 9C: the slow path decides (it does not escape it).
    #expect(Self.scan(Array("行政办公“用地”".utf8)))
  }

  @Test func quotedStringsMatchTheirEscapes() {
    var json = JSONWriter()
    json.string("行政办公“用地” under 7%")
    #expect(json.text == "\"行政办公“用地” under 7%\"")
    json = JSONWriter()
    json.string("a long plain line, longer than eight\tbytes")
    #expect(json.text == #""a long plain line, longer than eight\tbytes""#)
  }
}

extension JSONWriterScanTests {
  @Test func fileAndLineIsOneString() {
    var json = JSONWriter()
    json.beginArray()
    json.fileAndLine("cn-national-2008.xml", 39)
    json.fileAndLine("a\"b.xml", 7)
    json.endArray()
    #expect(json.text == #"["cn-national-2008.xml:39","a\"b.xml:7"]"#)
  }
}

extension JSONWriterScanTests {
  @Test func keysOfEveryKindAreQuotedWithAColon() {
    var json = JSONWriter()
    json.beginObject()
    json.key("parcel")
    json.integer(1)
    json.key(Indicator.valueAddedPerEmission)
    json.null()
    json.key(escaping: "税\"率")
    json.bool(false)
    json.endObject()
    #expect(json.text == #"{"parcel":1,"valueAddedPerEmission":null,"税\"率":false}"#)
  }
}

extension JSONWriterScanTests {
  @Test func casesAreWrittenAsTheirRawValues() {
    var json = JSONWriter()
    json.beginArray()
    json.string(caseOf: FindingStatus.nodata)
    json.string(caseOf: IndicatorUnit.tenThousandCNYPerMu)
    json.string(caseOf: Indicator.plotRatio)
    json.endArray()
    #expect(json.text == #"["nodata","10k-CNY/mu","plotRatio"]"#)
  }
}
