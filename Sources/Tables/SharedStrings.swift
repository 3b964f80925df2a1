import XMLStream

/// The workbook's shared strings (`xl/sharedStrings.xml`): the text of
/// each `si`, by index, as cells of type `s` refer to them.
struct SharedStrings {
  var strings: [String] = []
  /// Indices of strings over the cell size limit, kept as "".
  var oversized: Set<Int> = []

  init() {}

  init(bytes: [UInt8], path: String, file: String, maxCellBytes: Int) throws(TableProblem) {
    let part = XLSXPart(bytes: bytes, path: path)
    while let result = part.next() {
      switch result {
      case .success(let item):
        guard item.name == "si" else { continue }
        let text = Self.text(of: item)
        if text.utf8.count > maxCellBytes {
          oversized.insert(strings.count)
          strings.append("")
        } else {
          strings.append(text)
        }
      case .failure(let failure):
        throw failure.problem(at: CellPlace(file: file))
      }
    }
  }

  /// The text of a string item (`si`, or a cell's `is`): its `t`, or the
  /// `t` of each rich-text run `r`, in order. Phonetic runs (`rPh`) are
  /// reading aids, not the text, and are left out.
  static func text(of item: XMLElement) -> String {
    if item.children.count == 1, let only = item.children.first, only.name == "t" {
      return unescaped(only.text)
    }
    var text = ""
    for child in item.children {
      if child.name == "t" {
        text += child.text
      } else if child.name == "r" {
        for run in child.children where run.name == "t" { text += run.text }
      }
    }
    return unescaped(text)
  }

  /// Decodes `_xHHHH_`, the escape OOXML strings use for characters XML
  /// cannot hold (`_x000D_` for a carriage return; `_x005F_` for a `_`
  /// that would start one; ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
  static func unescaped(_ text: String) -> String {
    guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var at = 0
    while at < bytes.count {
      if at + 7 <= bytes.count, bytes[at] == UInt8(ascii: "_"), bytes[at + 1] == UInt8(ascii: "x"),
        bytes[at + 6] == UInt8(ascii: "_"),
        let value = UInt32(String(decoding: bytes[(at + 2)..<(at + 6)], as: UTF8.self), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
        at += 7
      } else {
        out.append(bytes[at])
        at += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
