import Testing

@testable import XMLStream

/// The scanner against the byte-at-a-time reference (ScanTrace.swift):
/// the same events, indices, lines, columns, states and depths, for every
/// way of feeding the bytes.
@Suite struct RecordBoundaryScannerTests {
  /// A two-, three- and four-byte character with its first byte at every
  /// offset of a word, in text, in a quoted value, in a start tag and in a
  /// comment.
  @Test(arguments: ["é", "名", "𝄞"])
  func multiByteCharactersAtEveryOffsetOfAWord(character: String) {
    for offset in 0..<17 {
      let pad = String(repeating: "a", count: offset)
      for body in [
        "\(pad)\(character)\(pad)<b/>", "<p a=\"\(pad)\(character)\(pad)\"/>",
        "<p\(pad)\(character) a='1'/>", "<!--\(pad)\(character)\(pad)-->",
      ] {
        expectSameScanAtEverySplit(
          scanPrologue + Array("  <parcel>\(body)</parcel>\n  <parcel/>\n".utf8))
      }
    }
  }

  /// CR LF and tabs in each state, at every offset and cut between the
  /// two bytes; a lone CR is a surprise.
  @Test func carriageReturns() {
    for offset in 0..<9 {
      let pad = String(repeating: " ", count: offset)
      for body in [
        "\r\n", "<p\(pad)\r\n a=\"x\r\ny\"/>", "<!--\(pad)\r\n-->",
        "<p\(pad)\t a=\"x\ty\"\t/>\t", "<p a='\(pad)\t'\t>\t</p\t>", "\(pad)\r", "\(pad)\rx",
      ] {
        expectSameScanAtEverySplit(
          scanPrologue + Array("<parcel>\(pad)\(body)</parcel>\r\n<parcel/>".utf8))
      }
    }
  }

  /// A record's start tag at every offset near a word boundary, with the
  /// cut wanted at once, and with the name split from its `<`.
  @Test func recordStartsAtEveryOffset() {
    for offset in 0..<20 {
      let pad = String(repeating: " ", count: offset)
      for tag in ["<parcel>", "<parcel/>", "<parcelX/>", "<parcel\n/>", "<other/>"] {
        expectSameScanAtEverySplit(
          scanPrologue
            + Array("\(pad)\(tag)</parcel>\n\(pad)<parcel a=\"1\"/>\n</landRecords>\n".utf8))
      }
    }
  }

  /// Comments, CDATA sections and processing instructions with markup in
  /// them, their terminators cut across calls at every byte.
  @Test func markupInCommentsCDATAAndInstructions() {
    for body in [
      "<!-- <parcel> - -- ->-->", "<![CDATA[ <parcel> ] ]] ]>]]>", "<?pi <parcel> ? ?>",
      "<!-x>", "<!DOCTYPE x>", "<![CDAT", "<!-", "<?", "<",
    ] {
      expectSameScanAtEverySplit(scanPrologue + Array("<parcel>\(body)</parcel>\n<parcel/>".utf8))
      expectSameScanAtEverySplit(scanPrologue + Array("\(body)\n<parcel/>".utf8))
    }
  }

  /// Bytes that are not UTF-8, and a lone CR, at each of 8 positions of a
  /// word (and a few more), in each state the fast path steps over.
  @Test(arguments: [[0xC0], [0xC1], [0xF5], [0xFF], [0xF4, 0x80], [0x0D]] as [[UInt8]])
  func surprisesAtEveryPositionOfAWord(bad: [UInt8]) {
    for offset in 0..<17 {
      let pad = Array(String(repeating: "a", count: offset).utf8)
      let after = Array("bcdefghijk</parcel>\n<parcel/>\n".utf8)
      for (before, tail) in [
        ("<parcel>", ""), ("<parcel a=\"", "\"/>"), ("<parcel a='", "'/>"), ("<parcel ", ">"),
        ("<parcel></x", ">"), ("<parcel><!--", "-->"), ("<parcel><![CDATA[", "]]>"),
        ("<parcel><?pi ", "?>"),
      ] {
        let input = scanPrologue + Array(before.utf8) + pad + bad + Array(tail.utf8) + after
        expectSameScan(input)
        expectSameScan(input, splits: [scanPrologue.count + before.count + offset])
        expectSameScan(input, splits: [scanPrologue.count + before.count + offset + 1])
      }
    }
  }

  /// Before the root, and after it closes, and an end tag too many.
  @Test func outsideTheRoot() {
    for text in [
      "<?xml version=\"1.0\"?>\n<!-- c -->\n<r a=\"1\">\n<p/>\n</r>\n<q/>",
      "  \t\n<r/>", "x<r/>", "<r>\n<p/></r></r>", "<r>\n</p></r>", "\u{FEFF}<r/>",
      "<r xmlns=\"urn:x\"\n   a='>'>\n  <p>名</p>\n</r>",
    ] {
      expectSameScanAtEverySplit(Array(text.utf8))
    }
  }

  /// A few thousand seeded-random documents of the pieces above, fed whole
  /// and in random pieces, with and without a record name and cut distance.
  @Test func randomDocuments() {
    var random = SplitMix64(seed: 0x6D75_6A75_6E)
    for _ in 0..<3000 {
      var input = random.next() % 8 == 0 ? [] : scanPrologue
      for _ in 0..<Int(random.next() % 40) {
        input += scanPieces[Int(random.next() % UInt64(scanPieces.count))]
      }
      if random.next() % 2 == 0 { input += Array("</landRecords>\n".utf8) }
      let recordName = random.next() % 2 == 0 ? nil : "parcel"
      let chunkSize = [1, 7, 64, 1 << 20][Int(random.next() % 4)]
      expectSameScan(input, chunkSize: chunkSize, recordName: recordName)
      let splits = (0..<Int(random.next() % 6)).map { _ in
        Int(random.next() % UInt64(input.count + 1))
      }
      expectSameScan(input, splits: splits, chunkSize: chunkSize, recordName: recordName)
    }
  }

  /// Positions worked out by hand: the cut before the second record.
  @Test func cutPositionCountsCharacters() {
    // Line 1 `<r>`, line 2 `<parcel a="名字">é</parcel><parcel/>`: the second
    // `<parcel` begins after `<parcel a="` (11 columns), `名字` (2), `">` (2),
    // `é` (1) and `</parcel>` (9): at column 1 + 11 + 2 + 2 + 1 + 9 = 26,
    // byte 4 + 11 + 6 + 2 + 2 + 9 = 34.
    let input = Array("<r>\n<parcel a=\"名字\">é</parcel><parcel/>\n</r>\n".utf8)
    let steps = scanTrace(
      RecordBoundaryScanner.self, input, splits: [], chunkSize: 2, recordName: "parcel")
    // rootOpened after `<r>`, at byte 3, where the first chunk begins; the
    // first record, 1 byte into it, is before the cut distance (2); then
    // the cut, 34 - 3 = 31 bytes into the chunk.
    #expect(steps.map(\.event) == [.rootOpened, .boundary, .rootClosed])
    #expect(steps[1].index == 31)
    #expect(steps[1].line == 2)
    #expect(steps[1].column == 26)
  }
}

/// Bits of documents for the random test: markup, text in three scripts,
/// runs long enough to fill words, line ends and bytes that are not UTF-8.
let scanPieces: [[UInt8]] =
  [
    "<parcel id=\"1\">", "</parcel>", "<parcel/>", "<parcel\n  a='x\"y'\r\n  b=\"q'r\">",
    "\n", "\r\n", "  ", "\t", "名称：甲乙丙", "é", "𝄞", "text", "aaaaaaaaaaaaaaaaaaa",
    "<!-- c <parcel> -->", "<![CDATA[ <parcel> ]] ]]>", "<?pi <parcel> ?>", "<b a=\">\"/>",
    "<q a=\"x/\" >",
    "<q a=\"/  \"\n/>", "<q a=\"x\"b=\"名/\"/ >",
    "<x>", "</x>", "<p a=\"1\" b=\"22\" c=\"333\"  />", "<", ">", "/", "\"", "'", "-", "]",
    "?", "<!DOCTYPE", "-->", "]]>", "\r", "</landRecords>", "<parcelX/>",
  ].map { Array($0.utf8) } + [[0xC0], [0xC1], [0xF5], [0xFF], [0xE5, 0x90]]
