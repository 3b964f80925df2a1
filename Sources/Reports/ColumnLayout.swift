/// Lays out rows of cells in a fixed terminal width: widths counted in
/// terminal columns (Chinese characters take two, `TextTable.width`), two
/// spaces between columns, and the last column wrapped onto continuation
/// lines when a row would be too wide. When the other columns leave the
/// last fewer than `minimumLast` columns, the last column's text goes on
/// lines of its own under each row, indented by four.
enum ColumnLayout {
  static func render(
    _ rows: [[String]], width limit: Int, rightAligned: Set<Int> = [], minimumLast: Int = 24
  ) -> String {
    let columns = rows.map(\.count).max() ?? 0
    guard columns > 0 else { return "" }
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], TextTable.width(cell))
      }
    }
    let fixed = widths.dropLast().reduce(0, +) + 2 * (columns - 1)
    let below = columns > 1 && limit - fixed < min(minimumLast, widths[columns - 1])
    widths[columns - 1] = below ? 0 : min(widths[columns - 1], limit - fixed)
    var out = ""
    for row in rows {
      let cells = row + [String](repeating: "", count: columns - row.count)
      let lastLines = below ? [""] : wrap(cells[columns - 1], width: widths[columns - 1])
      for (lineIndex, last) in lastLines.enumerated() {
        var line = ""
        for index in 0..<(columns - 1) {
          let cell = lineIndex == 0 ? cells[index] : ""
          let pad = String(repeating: " ", count: max(0, widths[index] - TextTable.width(cell)))
          line += rightAligned.contains(index) ? pad + cell : cell + pad
          line += "  "
        }
        line += last
        while line.hasSuffix(" ") { line.removeLast() }
        out += line + "\n"
      }
      if below, !cells[columns - 1].isEmpty {
        for piece in wrap(cells[columns - 1], width: max(8, limit - 4)) {
          out += "    " + piece + "\n"
        }
      }
    }
    return out
  }

  /// Breaks text into lines of at most `width` terminal columns, at spaces
  /// where it can, inside a word where it must. Always at least one line.
  static func wrap(_ text: String, width: Int) -> [String] {
    guard TextTable.width(text) > width else { return [text] }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
      let candidate = current.isEmpty ? word : current + " " + word
      if TextTable.width(candidate) <= width {
        current = candidate
        continue
      }
      if !current.isEmpty { lines.append(current) }
      current = ""
      for character in word {
        if TextTable.width(current + String(character)) > width {
          lines.append(current)
          current = ""
        }
        current.append(character)
      }
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}
