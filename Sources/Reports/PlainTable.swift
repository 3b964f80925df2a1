/// A plain-text table with every column left-aligned, padded to its widest
/// cell in terminal columns (Chinese characters take two), two spaces apart.
public enum PlainTable {
  public static func render(_ rows: [[String]]) -> String {
    let columns = rows.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], TextTable.width(cell))
      }
    }
    var out = ""
    for row in rows {
      var line = ""
      for (index, cell) in row.enumerated() {
        if index > 0 { line += "  " }
        line += cell + String(repeating: " ", count: widths[index] - TextTable.width(cell))
      }
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    return out
  }
}
