/// The text of a cell as the checks read it: the form office exports and
/// Chinese input methods give (full-width digits and letters, ideographic
/// spaces around the text) brought to plain ASCII where it has one.
enum CellText {
  /// `text` without white space at either end (any Unicode white space:
  /// ASCII spaces and tabs, the ideographic space U+3000, no-break spaces,
  /// line breaks that wrap header cells) and with full-width forms
  /// (U+FF01…U+FF5E: `０`–`９`, `Ａ`–`Ｚ`, `，`, `．`, `－`, `（`, `）`, …)
  /// replaced by their ASCII counterparts. Each character maps to one
  /// character, so positions in the result are positions in the trimmed
  /// text as written.
  static func narrowed(_ text: String) -> String {
    let text = trimmed(text)
    // Most cells are ASCII already: nothing to narrow, no string to build.
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(text) }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(narrow(scalar))
    }
    return String(scalars)
  }

  /// `text` without white space at either end.
  static func trimmed(_ text: String) -> Substring {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
      let last = scalars.lastIndex(where: { !isWhitespace($0) })
    else { return "" }
    return text[first...last]
  }

  /// True when the cell holds nothing but white space.
  static func isBlank(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy(isWhitespace)
  }

  /// Unicode white space (the `White_Space` property), with ASCII decided
  /// without a property lookup: most cells are ASCII, and the lookup was
  /// the largest single cost of reading a row.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar == " " || ("\t"..."\r").contains(scalar)
    }
    return scalar.properties.isWhitespace
  }

  /// The ASCII form of a full-width character; the ideographic space as a
  /// space; any other scalar unchanged.
  static func narrow(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    // Full-width forms, Unicode block "Halfwidth and Fullwidth Forms":
    // U+FF01…U+FF5E are U+0021…U+007E shifted by 0xFEE0.
    case 0xFF01...0xFF5E: Unicode.Scalar(UInt8(truncatingIfNeeded: scalar.value - 0xFEE0))
    case 0x3000: " "
    default: scalar
    }
  }

  /// ASCII letters in lower case (for comparing English names without
  /// regard to case); every other character unchanged.
  static func asciiLowercased(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if ("A"..."Z").contains(scalar), let lower = Unicode.Scalar(scalar.value + 32) {
        scalars.append(lower)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
