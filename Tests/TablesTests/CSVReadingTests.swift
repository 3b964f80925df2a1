import Tables
import Testing

/// CSV files as land bureaus get them from departments: Excel's CSV in
/// UTF-8 (with or without a BOM) or GB18030, CRLF line ends, quoted cells.
@Suite struct CSVReadingTests {
  @Test func utf8CellsAndLineNumbers() throws {
    let sheet = try readCSV(Array("企业名称,税收\n甲公司,12.5\n".utf8))
    #expect(sheet.name == nil)
    #expect(sheet.encoding == .utf8)
    #expect(sheet.rows.map(\.cells) == [["企业名称", "税收"], ["甲公司", "12.5"]])
    #expect(sheet.rows.map(\.number) == [1, 2])
    #expect(sheet.rows.allSatisfy { $0.problems.isEmpty })
    #expect(sheet.rows[1].place(column: 2).description == "tax.csv:2:2")
    // Past the row's last cell: "".
    #expect(sheet.rows[1].cell(column: 7) == "")
  }

  @Test func aUTF8ByteOrderMarkIsNotPartOfTheFirstCell() throws {
    let sheet = try readCSV([0xEF, 0xBB, 0xBF] + Array("税收,year\n1,2024\n".utf8))
    #expect(sheet.encoding == .utf8)
    #expect(sheet.rows.first?.cells == ["税收", "year"])
  }

  @Test func gb18030IsDetectedWhenTheBytesAreNotUTF8() throws {
    // 税收 in GBK/GB18030 is CB B0 CA D5, 纳税人识别号 is C4 C9 CB B0 C8 CB
    // CA B6 B1 F0 BA C5 (both checked with `iconv -f UTF-8 -t GB18030`).
    let tax: [UInt8] = [0xCB, 0xB0, 0xCA, 0xD5]
    let code: [UInt8] = [0xC4, 0xC9, 0xCB, 0xB0, 0xC8, 0xCB, 0xCA, 0xB6, 0xB1, 0xF0, 0xBA, 0xC5]
    let bytes = code + Array(",".utf8) + tax + Array("\r\n91330000X,310\r\n".utf8)
    let sheet = try readCSV(bytes)
    #expect(sheet.encoding == .gb18030)
    #expect(sheet.rows.map(\.cells) == [["纳税人识别号", "税收"], ["91330000X", "310"]])
    #expect(sheet.rows.map(\.number) == [1, 2])
    // Named, the same bytes read the same.
    #expect(try readCSV(bytes, encoding: .gb18030).rows.map(\.cells) == sheet.rows.map(\.cells))
  }

  @Test func crlfLfAndLoneCRAllEndARow() throws {
    let sheet = try readCSV(Array("a,b\r\nc,d\ne,f\rg,h".utf8))
    #expect(sheet.rows.map(\.cells) == [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
    #expect(sheet.rows.map(\.number) == [1, 2, 3, 4])
  }

  @Test func quotedCellsHoldCommasQuotesAndLineEnds() throws {
    // Row 1 spans lines 1 to 3 (two line ends inside its third cell, one
    // of them CRLF), so the next row starts on line 4.
    let text = "\"甲,乙\",\"say \"\"hi\"\"\",\"line 1\r\nline 2\nline 3\"\r\nnext,\"\"\r\n"
    let sheet = try readCSV(Array(text.utf8))
    #expect(
      sheet.rows.map(\.cells) == [
        ["甲,乙", "say \"hi\"", "line 1\r\nline 2\nline 3"], ["next", ""],
      ])
    #expect(sheet.rows.map(\.number) == [1, 4])
    #expect(sheet.rows.allSatisfy { $0.problems.isEmpty })
  }

  @Test func quotesOutOfPlaceAreTextAsExcelReadsThem() throws {
    // A quote inside a cell that does not start with one is text; text
    // after a closing quote is kept after the quoted part.
    let sheet = try readCSV(Array("5\"3,\"ab\"cd,e\n".utf8))
    #expect(sheet.rows.map(\.cells) == [["5\"3", "abcd", "e"]])
    #expect(sheet.rows.allSatisfy { $0.problems.isEmpty })
  }

  @Test func entirelyEmptyRowsAreSkipped() throws {
    // Lines 2 (empty), 3 (only commas) and 4 (one empty quoted cell) hold
    // no text; the rows kept are on lines 1 and 5.
    let sheet = try readCSV(Array("a,b\n\n,,\n\"\"\nc,\n".utf8))
    #expect(sheet.rows.map(\.number) == [1, 5])
    #expect(sheet.rows.map(\.cells) == [["a", "b"], ["c", ""]])
  }

  @Test func aCellOver1MBIsAProblemAndTheNextRowIsRead() throws {
    // Line 2: "x", then 10 MB of "y" as one cell, then "z".
    let big = [UInt8](repeating: UInt8(ascii: "y"), count: 10 << 20)
    let bytes = Array("code,tax\nx,".utf8) + big + Array(",z\nnext,1\n".utf8)
    let sheet = try readCSV(bytes)
    #expect(sheet.rows.map(\.cells) == [["code", "tax"], ["x", "", "z"], ["next", "1"]])
    #expect(sheet.rows.map(\.number) == [1, 2, 3])
    #expect(
      sheet.rows[1].problems.map(\.description) == [
        "tax.csv:2:2: error: the cell holds more than 1 MB of text, more than a spreadsheet cell can (32767 characters); it is read as empty: check the file (a quote left open takes in the lines after it)"
      ])
    #expect(sheet.rows[1].problem(column: 2) != nil)
    #expect(sheet.rows[1].problem(column: 1) == nil)
  }

  @Test func aQuoteNeverClosedIsAProblemWhereItOpens() throws {
    // Line 2: `c,"open,d`: the quote is the 3rd character; with no closing
    // quote to the end, the cell is read to the next comma with the quote.
    let sheet = try readCSV(Array("a,b\nc,\"open,d\ne,f\n".utf8))
    #expect(sheet.rows.map(\.cells) == [["a", "b"], ["c", "\"open", "d"], ["e", "f"]])
    #expect(sheet.rows.map(\.number) == [1, 2, 3])
    #expect(
      sheet.rows[1].problems.map(\.description) == [
        "tax.csv:2:2: error: the quote at line 2, character 3 opens a cell that is never closed; the cell is read up to the next comma, the quote as text: check the file for a missing or extra quote there"
      ])
  }

  @Test func bytesThatAreNotTextAreReplacedAndFlaggedInTheirCell() throws {
    // GB18030 税收 (CB B0 CA D5), a comma, then A FF B: 0xFF is no GB18030
    // byte. The bytes are not UTF-8 either (CA D5 is no UTF-8 pair).
    // Characters on line 1: 税 1, 收 2, `,` 3, A 4, 0xFF 5.
    let bytes: [UInt8] = [0xCB, 0xB0, 0xCA, 0xD5, 0x2C, 0x41, 0xFF, 0x42, 0x0A, 0x61, 0x0A]
    let sheet = try readCSV(bytes)
    #expect(sheet.encoding == .gb18030)
    #expect(sheet.rows.map(\.cells) == [["税收", "A\u{FFFD}B"], ["a"]])
    #expect(
      sheet.rows[0].problems.map(\.description) == [
        "tax.csv:1:2: error: the cell holds bytes that are not GB18030 text: 0xFF at line 1, character 5; each is read as U+FFFD (\u{FFFD}): check the file's encoding, or save it again from Excel as \"CSV UTF-8\""
      ])
    #expect(sheet.rows[1].problems.isEmpty)
  }

  @Test func aDamagedUTF8FileStaysUTF8WithTheBadBytesFlagged() throws {
    // Nine well-formed Chinese characters and one stray byte 0xFF: UTF-8
    // with damage, not GB18030. Line 2: 甲 1, 公 2, 司 3, `,` 4, 1 5, FF 6.
    let bytes = Array("企业名称,税收\n甲公司,1".utf8) + [0xFF, 0xFE] + Array("2\n".utf8)
    let sheet = try readCSV(bytes)
    #expect(sheet.encoding == .utf8)
    #expect(sheet.rows.map(\.cells) == [["企业名称", "税收"], ["甲公司", "1\u{FFFD}\u{FFFD}2"]])
    #expect(
      sheet.rows[1].problems.map(\.description) == [
        "tax.csv:2:2: error: the cell holds bytes that are not UTF-8 text: 0xFF at line 2, character 6 (and 1 more in this cell); each is read as U+FFFD (\u{FFFD}): check the file's encoding, or save it again from Excel as \"CSV UTF-8\""
      ])
  }

  @Test func utf16WithAByteOrderMarkAndTabsIsExcelsUnicodeText() throws {
    // "税收\t1\r\n" in UTF-16LE after FF FE: 税 U+7A0E, 收 U+6536.
    let units: [UInt16] = [0x7A0E, 0x6536, 0x09, 0x31, 0x0D, 0x0A]
    let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let sheet = try readCSV(bytes)
    #expect(sheet.encoding == .utf16LittleEndian)
    #expect(sheet.rows.map(\.cells) == [["税收", "1"]])
  }

  @Test func aRowWithMoreCellsThanASheetHasColumnsIsAProblem() throws {
    // 16 386 cells: the first 16 384 are read, the rest are one problem.
    let line = (1...16_386).map(String.init).joined(separator: ",")
    let sheet = try readCSV(Array((line + "\nnext\n").utf8))
    #expect(sheet.rows.first?.cells.count == 16_384)
    #expect(sheet.rows.first?.cells.last == "16384")
    #expect(
      sheet.rows.first?.problems.map(\.description) == [
        "tax.csv:1:16385: error: the row has more than 16384 cells, more than a spreadsheet has columns; the cells from here on are not read: check the row's commas"
      ])
    #expect(sheet.rows.last?.cells == ["next"])
  }

  @Test(arguments: [
    ("utf-8", TableEncoding.utf8), ("UTF8", .utf8), ("gbk", .gb18030), ("GB18030", .gb18030),
    ("gb2312", .gb18030), ("auto", .automatic), ("utf-16le", .utf16LittleEndian),
  ])
  func encodingNames(name: String, encoding: TableEncoding) {
    #expect(TableEncoding(name: name) == encoding)
  }

  @Test func anUnknownEncodingNameIsNil() {
    #expect(TableEncoding(name: "latin-1") == nil)
  }
}
