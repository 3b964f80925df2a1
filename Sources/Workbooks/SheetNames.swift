/// Valid, unique worksheet names made from any text.
///
/// Excel refuses a sheet name that is empty, longer than 31 characters,
/// holds any of `[ ] : * ? / \`, starts or ends with an apostrophe, is
/// "History" (Excel keeps it for its change history) or is already the
/// name of another sheet of the workbook, compared without regard to case.
/// A name asked for is made valid by these steps, in order:
///
/// 1. each of `[ ] : * ? / \` becomes its fullwidth form
///    (`［ ］ ： ＊ ？ ／ ＼`, U+FF3B, U+FF3D, U+FF1A, U+FF0A, U+FF1F,
///    U+FF0F, U+FF3C), which Excel allows and a reader of Chinese reads as
///    the same sign: `规上/规下` becomes `规上／规下`;
/// 2. control characters (U+0000...U+001F, U+007F...U+009F) become spaces;
///    spaces at either end are dropped;
/// 3. a name longer than 31 characters (UTF-16 code units, as Excel
///    counts) keeps its first whole characters that fit;
/// 4. an apostrophe at either end becomes the fullwidth `＇` (U+FF07);
/// 5. an empty name becomes `Sheet`.
///
/// A name then equal to an earlier sheet's (or to `History`), ignoring
/// case, takes the first free suffix ` (2)`, ` (3)`, …, its text cut so
/// that the whole fits 31 characters: `规上`, `规上` give `规上`, `规上 (2)`.
enum SheetNames {
  /// The valid, unique names for sheets asked to be named `names`, in order.
  static func valid(_ names: [String]) -> [String] {
    var taken: Set<String> = ["history"]
    var result: [String] = []
    result.reserveCapacity(names.count)
    for name in names {
      let base = valid(name)
      var chosen = base
      var suffix = 2
      while taken.contains(chosen.lowercased()) {
        let tail = " (\(suffix))"
        chosen =
          base.prefix(utf16Units: WorkbookLimits.sheetNameCharacters - tail.utf16.count) + tail
        suffix += 1
      }
      taken.insert(chosen.lowercased())
      result.append(chosen)
    }
    return result
  }

  /// One name made valid on its own (steps 1 to 5), not yet unique.
  static func valid(_ name: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in name.unicodeScalars {
      switch scalar {
      case "[": scalars.append("\u{FF3B}")
      case "]": scalars.append("\u{FF3D}")
      case ":": scalars.append("\u{FF1A}")
      case "*": scalars.append("\u{FF0A}")
      case "?": scalars.append("\u{FF1F}")
      case "/": scalars.append("\u{FF0F}")
      case "\\": scalars.append("\u{FF3C}")
      case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}": scalars.append(" ")
      default: scalars.append(scalar)
      }
    }
    var text = trimmed(String(scalars))
    text = trimmed(text.prefix(utf16Units: WorkbookLimits.sheetNameCharacters))
    if text.hasPrefix("'") { text = "\u{FF07}" + text.dropFirst() }
    if text.hasSuffix("'") { text = text.dropLast() + "\u{FF07}" }
    return text.isEmpty ? "Sheet" : text
  }

  private static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
