/// A text as libxlsxwriter is given it, so that the cell reads back as the
/// text itself.
///
/// - `_xHHHH_` (an underscore, `x`, four hexadecimal digits, an
///   underscore) is how OOXML strings spell a character XML cannot hold
///   (ECMA-376 Part 1, 22.9.2.19 ST_Xstring); libxlsxwriter escapes control
///   characters that way but writes a literal `_x0041_` as it stands, which
///   Excel would read as `A`. Its `_` is escaped as `_x005F_`.
/// - U+0000 would end the C string: it is written as `_x0000_`, as
///   libxlsxwriter writes the other control characters.
/// - A text longer than a cell holds (``WorkbookLimits/cellCharacters``,
///   counted in UTF-16 code units as Excel counts) keeps its first whole
///   characters that fit, and the cut is told (``kept``). libxlsxwriter
///   counts the stored text's Unicode scalars against the same limit, so
///   a text whose escapes would pass it is cut further.
struct CellText {
  /// The text to hand to `worksheet_write_string`.
  var stored: String
  /// The UTF-16 length kept of a text that was cut; nil when whole.
  var kept: Int?

  init(_ text: String) {
    let limit = WorkbookLimits.cellCharacters
    let escapes = text.utf8.contains { $0 == 0 || $0 == UInt8(ascii: "_") }
    guard escapes || text.utf8.count > limit else {
      stored = text
      kept = nil
      return
    }
    var whole = text
    var cut = false
    if whole.utf16.count > limit {
      whole = whole.prefix(utf16Units: limit)
      cut = true
    }
    var escaped = escapes ? Self.escaped(whole) : whole
    var excess = escaped.unicodeScalars.count - limit
    while excess > 0 {
      whole = String(whole.dropLast(excess))
      cut = true
      escaped = Self.escaped(whole)
      excess = escaped.unicodeScalars.count - limit
    }
    stored = escaped
    kept = cut ? whole.utf16.count : nil
  }

  /// `text` with `_` of each `_xHHHH_` written `_x005F_`, and U+0000
  /// written `_x0000_`.
  static func escaped(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    for (at, byte) in bytes.enumerated() {
      if byte == 0 {
        out += Array("_x0000_".utf8)
      } else if byte == UInt8(ascii: "_"), startsEscape(bytes, at) {
        out += Array("_x005F".utf8)
        out.append(byte)
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// True when `bytes[at...]` starts `_xHHHH_`.
  private static func startsEscape(_ bytes: [UInt8], _ at: Int) -> Bool {
    guard at + 6 < bytes.count, bytes[at + 1] == UInt8(ascii: "x"),
      bytes[at + 6] == UInt8(ascii: "_")
    else { return false }
    return bytes[(at + 2)...(at + 5)].allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
        UInt8(ascii: "A")...UInt8(ascii: "F"):
        true
      default: false
      }
    }
  }
}

extension String {
  /// The first whole characters of the text that fit `limit` UTF-16 code
  /// units (Excel counts a cell's and a sheet name's characters so).
  func prefix(utf16Units limit: Int) -> String {
    guard utf16.count > limit else { return self }
    var count = 0
    var end = startIndex
    for index in indices {
      let width = self[index...].prefix(1).utf16.count
      guard count + width <= limit else { break }
      count += width
      end = self.index(after: index)
    }
    return String(self[..<end])
  }
}
