/// The problems a CSV row can have, each at its cell (line of the row,
/// n-th cell), saying what is wrong and what to do. Where a problem lies
/// within the cell (a quote, a bad byte), the message names its line and
/// character (counting characters, not bytes, from 1).
extension CSVReader {
  func unclosedQuote(at offset: Int, line: (Int, Int), row: Int, column: Int) -> TableProblem {
    let character = characters(from: line.1, to: offset) + 1
    return TableProblem(
      at: CellPlace(file: file, row: row, column: column),
      "the quote at line \(line.0), character \(character) opens a cell that is never closed; the cell is read up to the next \(separatorName), the quote as text: check the file for a missing or extra quote there"
    )
  }

  func cellTooLarge(row: Int, column: Int) -> TableProblem {
    TableProblem(
      at: CellPlace(file: file, row: row, column: column),
      "the cell holds more than \(ByteCount.text(maxCellBytes)) of text, more than a spreadsheet cell can (32767 characters); it is read as empty: check the file (a quote left open takes in the lines after it)"
    )
  }

  func tooManyCells(row: Int) -> TableProblem {
    TableProblem(
      at: CellPlace(file: file, row: row, column: TableLimits.maxColumns + 1),
      "the row has more than \(TableLimits.maxColumns) cells, more than a spreadsheet has columns; the cells from here on are not read: check the row's \(separatorName)s"
    )
  }

  func notText(
    _ repair: DecodedText.Repair, count: Int, from cellStart: Int, line: (Int, Int), row: Int,
    column: Int
  ) -> TableProblem {
    let (badLine, badLineStart) = lineOf(repair.offset, from: cellStart, line: line)
    let character = characters(from: badLineStart, to: repair.offset) + 1
    let shown = repair.original.map { "0x" + Self.hex($0) }.joined(separator: " ")
    let more = count > 1 ? " (and \(count - 1) more in this cell)" : ""
    return TableProblem(
      at: CellPlace(file: file, row: row, column: column),
      "the cell holds bytes that are not \(encoding) text: \(shown) at line \(badLine), character \(character)\(more); each is read as U+FFFD (\u{FFFD}): check the file's encoding, or save it again from Excel as \"CSV UTF-8\""
    )
  }

  var separatorName: String { separator == UInt8(ascii: "\t") ? "tab" : "comma" }

  /// The line `offset` is on, and where that line starts, counted on from
  /// a known line.
  func lineOf(_ offset: Int, from start: Int, line: (Int, Int)) -> (Int, Int) {
    var (number, lineStart) = line
    var at = start
    while at < offset {
      let byte = text[at]
      if byte == Self.lf || (byte == Self.cr && (at + 1 == end || text[at + 1] != Self.lf)) {
        number += 1
        lineStart = at + 1
      }
      at += 1
    }
    return (number, lineStart)
  }

  /// Characters (UTF-8 lead bytes) from `start` to `offset`.
  func characters(from start: Int, to offset: Int) -> Int {
    var count = 0
    for at in start..<max(start, offset) where text[at] & 0xC0 != 0x80 { count += 1 }
    return count
  }

  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
