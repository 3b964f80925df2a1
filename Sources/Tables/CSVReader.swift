/// Cuts a CSV file's text into rows, one at a time (RFC 4180: a comma
/// between cells; a cell in double quotes may hold commas, line ends and
/// `""` for a quote; a row ends at CRLF, LF or a lone CR).
///
/// Works on the bytes of the whole text, held once; a row's cells are the
/// only strings made. Lenient where Excel is: a quote inside a cell that
/// does not start with one is text, and text after a cell's closing quote
/// is kept. Never drops a cell in silence: a quote never closed, a cell
/// over the size limit, bytes that were not text in the file's encoding
/// and cells past a sheet's last column are each a problem on the row
/// (``CSVReader+Problems.swift``).
struct CSVReader {
  let file: String
  let text: [UInt8]
  let end: Int
  let repairs: [DecodedText.Repair]
  let encoding: TableEncoding
  let separator: UInt8
  let maxCellBytes: Int
  /// Where reading goes on.
  var position: Int
  /// The physical line `position` is on, and where that line starts.
  var line = 1
  var lineStart: Int
  /// The first repair not yet passed.
  var repairIndex = 0
  /// The cells of the last row, to reserve room for the next.
  var lastCellCount = 0
  /// Where a cell with `""` in it is put together.
  var scratch: [UInt8] = []

  static let quote = UInt8(ascii: "\"")
  static let cr = UInt8(ascii: "\r")
  static let lf = UInt8(ascii: "\n")

  init(text: DecodedText, file: String, separator: UInt8, maxCellBytes: Int) {
    self.file = file
    self.text = text.bytes
    end = text.bytes.count
    repairs = text.repairs
    encoding = text.encoding
    self.separator = separator
    self.maxCellBytes = maxCellBytes
    position = text.start
    lineStart = text.start
  }

  /// The next row that is not entirely empty (or that has a problem); nil
  /// at the end of the file.
  mutating func next() -> TableRow? {
    let text = self.text
    return text.withUnsafeBufferPointer { bytes in
      while position < end {
        if let row = readRow(bytes) { return row }
      }
      return nil
    }
  }

  /// Reads one row, to and past its line end; nil when all its cells are
  /// empty and it has no problem.
  mutating func readRow(_ bytes: UnsafeBufferPointer<UInt8>) -> TableRow? {
    let number = line
    var cells: [String] = []
    cells.reserveCapacity(lastCellCount)
    var problems: [TableProblem] = []
    var column = 1
    var anyText = false
    while true {
      let keep = column <= TableLimits.maxColumns
      if column == TableLimits.maxColumns + 1 {
        problems.append(tooManyCells(row: number))
      }
      let cell = readCell(bytes, row: number, column: column, keep: keep, problems: &problems)
      if keep {
        anyText = anyText || !cell.isEmpty
        cells.append(cell)
      }
      guard position < end, bytes[position] == separator else { break }
      position += 1
      column += 1
    }
    // At a line end or the end of the text.
    if position < end {
      if bytes[position] == Self.cr, position + 1 < end, bytes[position + 1] == Self.lf {
        position += 1
      }
      position += 1
      line += 1
      lineStart = position
    }
    lastCellCount = cells.count
    guard anyText || !problems.isEmpty else { return nil }
    return TableRow(file: file, number: number, cells: cells, problems: problems)
  }

  /// Reads the cell at `position`, leaving `position` at what ends it (the
  /// separator, a line end, the end of the text).
  mutating func readCell(
    _ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int, keep: Bool,
    problems: inout [TableProblem]
  ) -> String {
    let start = position
    let startLine = (line, lineStart)
    var content = start..<start
    var escaped = false
    if start < end, bytes[start] == Self.quote, let quoted = readQuoted(bytes) {
      (content, escaped) = quoted
    } else {
      if start < end, bytes[start] == Self.quote, keep {
        problems.append(unclosedQuote(at: start, line: startLine, row: row, column: column))
      }
      skipToCellEnd(bytes)
      content = start..<position
    }
    // Text after a closing quote, up to the cell's end, is kept.
    let tail =
      content.upperBound < position ? (content.upperBound + 1)..<position : position..<position
    let badBytes = passRepairs(from: start, to: position)
    guard keep else { return "" }
    if content.count + tail.count > maxCellBytes {
      problems.append(cellTooLarge(row: row, column: column))
      return ""
    }
    if let bad = badBytes {
      problems.append(
        notText(bad.first, count: bad.count, from: start, line: startLine, row: row, column: column)
      )
    }
    if !escaped && tail.isEmpty {
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[content]), as: UTF8.self)
    }
    scratch.removeAll(keepingCapacity: true)
    var at = content.lowerBound
    while at < content.upperBound {
      scratch.append(bytes[at])
      // Inside quotes a quote comes only doubled: keep one.
      at += bytes[at] == Self.quote ? 2 : 1
    }
    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tail]))
    return String(decoding: scratch, as: UTF8.self)
  }

  /// Reads a quoted cell from its opening quote at `position`: the range
  /// between the quotes and whether it holds `""`, with `position` after
  /// the closing quote and any text after it. Nil, with `position` and the
  /// line where they were, when no closing quote follows.
  mutating func readQuoted(_ bytes: UnsafeBufferPointer<UInt8>) -> (Range<Int>, Bool)? {
    let open = position
    let openLine = (line, lineStart)
    position += 1
    var escaped = false
    while true {
      while position < end {
        let byte = bytes[position]
        if byte == Self.quote { break }
        if byte == Self.lf
          || (byte == Self.cr && (position + 1 == end || bytes[position + 1] != Self.lf))
        {
          line += 1
          lineStart = position + 1
        }
        position += 1
      }
      guard position < end else {
        position = open
        (line, lineStart) = openLine
        return nil
      }
      guard position + 1 < end, bytes[position + 1] == Self.quote else { break }
      escaped = true
      position += 2
    }
    let content = (open + 1)..<position
    position += 1
    skipToCellEnd(bytes)
    return (content, escaped)
  }

  /// Moves `position` to the next separator, line end or the end.
  mutating func skipToCellEnd(_ bytes: UnsafeBufferPointer<UInt8>) {
    while position < end {
      let byte = bytes[position]
      if byte == separator || byte == Self.lf || byte == Self.cr { return }
      position += 1
    }
  }

  /// Passes the repairs before `to`; those from `from` on are the cell's:
  /// the first, and how many.
  mutating func passRepairs(from: Int, to: Int) -> (first: DecodedText.Repair, count: Int)? {
    var first: DecodedText.Repair?
    var count = 0
    while repairIndex < repairs.count, repairs[repairIndex].offset < to {
      if repairs[repairIndex].offset >= from {
        if first == nil { first = repairs[repairIndex] }
        count += 1
      }
      repairIndex += 1
    }
    return first.map { ($0, count) }
  }
}
