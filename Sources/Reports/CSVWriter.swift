/// Writes CSV as RFC 4180 describes it: fields joined by commas, a field
/// quoted when it holds a comma, quote, CR or LF, quotes doubled, lines
/// ended by CRLF. The file starts with a UTF-8 byte-order mark so that
/// Excel opens Chinese text correctly.
public struct CSVWriter: Sendable {
  public static let byteOrderMark = "\u{FEFF}"

  public init() {}

  /// One line, with its CRLF.
  public func line(_ fields: [String]) -> String {
    fields.map(Self.escape).joined(separator: ",") + "\r\n"
  }

  public static func escape(_ field: String) -> String {
    var needsQuotes = false
    for scalar in field.unicodeScalars
    where scalar == "," || scalar == "\"" || scalar == "\n" || scalar == "\r" {
      needsQuotes = true
      break
    }
    // A leading =, +, - or @ makes a spreadsheet read the cell as a formula;
    // prefix an apostrophe so text from a record is shown, never run.
    var text = field
    if let first = text.unicodeScalars.first, "=+-@".unicodeScalars.contains(first),
      Double(text) == nil
    {
      text = "'" + text
    }
    guard needsQuotes else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
