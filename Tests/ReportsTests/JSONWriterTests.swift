import Testing

@testable import Reports

@Suite struct JSONWriterTests {
  @Test func writesKeysInTheOrderGivenWithCommas() {
    var json = JSONWriter()
    json.beginObject()
    json.key("b")
    json.integer(1)
    json.key("a")
    json.beginArray()
    json.string("x")
    json.null()
    json.bool(true)
    json.endArray()
    json.key("c")
    json.beginObject()
    json.endObject()
    json.endObject()
    #expect(json.text == #"{"b":1,"a":["x",null,true],"c":{}}"#)
  }

  @Test(arguments: [
    (0.95, "0.95"), (37.5, "37.5"), (1.0, "1.0"), (0.0, "0.0"), (300.0, "300.0"),
    (0.1 + 0.2, "0.30000000000000004"),
  ])
  func numbersRoundTrip(value: Double, text: String) {
    #expect(JSONWriter.format(value) == text)
  }

  @Test func nonFiniteNumbersAreNull() {
    var json = JSONWriter()
    json.number(.infinity)
    #expect(json.text == "null")
  }

  @Test func escapesQuotesBackslashesAndControlCharacters() {
    var json = JSONWriter()
    json.string("双流\"区\"\\\n\t\u{01}\u{2028}")
    #expect(json.text == #""双流\"区\"\\\n\t\u0001\u2028""#)
  }
}

@Suite struct CSVWriterTests {
  @Test func quotesOnlyWhatNeedsQuotingAndEndsLinesWithCRLF() {
    let line = CSVWriter().line(["a", "b,c", "say \"hi\"", "两\n行", ""])
    #expect(line == "a,\"b,c\",\"say \"\"hi\"\"\",\"两\n行\",\r\n")
  }

  @Test func cellsThatWouldRunAsFormulasAreDefused() {
    #expect(CSVWriter.escape("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSVWriter.escape("+1") == "+1")
    #expect(CSVWriter.escape("-0.5") == "-0.5")
    #expect(CSVWriter.escape("@SUM(A1)") == "'@SUM(A1)")
  }

  @Test func theFileStartsWithAByteOrderMark() {
    #expect(Array(CSVWriter.byteOrderMark.utf8) == [0xEF, 0xBB, 0xBF])
  }
}

@Suite struct TextTableTests {
  @Test func chineseCharactersTakeTwoColumns() {
    #expect(TextTable.width("510116 双流区") == 13)
    let table = TextTable.render([["district", "n"], ["双流区", "12"]])
    #expect(table == "district   n\n双流区    12\n")
  }
}
