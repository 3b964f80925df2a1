/// What a file is, told by its first bytes.
enum TableFormat {
  case csv
  case xlsx

  /// A zip archive is xlsx; known non-table formats are refused with what
  /// to do; the rest is CSV.
  static func of(_ bytes: [UInt8], path: String, file: String) throws(TableProblem) -> TableFormat {
    let place = CellPlace(file: file)
    // Local file header, or the end record of an empty archive.
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    {
      return .xlsx
    }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw TableProblem(
        at: place,
        "this is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which mujun does not read; open it in Excel or WPS and save it as .xlsx (without a password) or as CSV"
      )
    }
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[start]) { start += 1 }
    if start < bytes.count, bytes[start] == UInt8(ascii: "<") {
      throw TableProblem(
        at: place,
        "this is a web page or XML (as some systems export under an .xls name), not CSV or xlsx; open it in Excel or WPS and save it as .xlsx or CSV"
      )
    }
    let lowered = path.lowercased()
    if [".xlsx", ".xlsm", ".xltx", ".xltm"].contains(where: lowered.hasSuffix) {
      throw TableProblem(
        at: place,
        "the file is named as an xlsx workbook but is not one (it is not a zip archive); open it in Excel or WPS and save it as .xlsx again, or give the CSV file"
      )
    }
    return .csv
  }

  /// A comma, but for UTF-16 text (Excel's "Unicode text", which separates
  /// cells with tabs) whose first line holds a tab.
  static func separator(of text: DecodedText) -> UInt8 {
    guard text.encoding == .utf16LittleEndian || text.encoding == .utf16BigEndian else {
      return UInt8(ascii: ",")
    }
    let firstLine = text.bytes[text.start...].prefix { $0 != 0x0A && $0 != 0x0D }
    return firstLine.contains(0x09) ? 0x09 : UInt8(ascii: ",")
  }
}
