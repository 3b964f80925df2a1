import XMLStream

/// Where a character of an attribute's value is in the rule file, for
/// expression errors: libxml2 reports only where an element starts, so the
/// attribute is looked up in the source text after that point and its
/// value walked character by character (an entity such as `&quot;` counts
/// as the one character it stands for; a line break in the value moves to
/// the next line). Columns count characters, like ``SourceLocation``.
struct AttributeValueLocator {
  let lines: [[Character]]

  init(bytes: [UInt8]) {
    lines = String(decoding: bytes, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false
    ).map { Array($0.hasSuffix("\r") ? $0.dropLast() : $0) }
  }

  /// The location of character `offset` of attribute `name`'s value, in the
  /// element starting at `element`; nil when it cannot be found.
  func location(of name: String, offset: Int, in element: SourceLocation) -> SourceLocation? {
    guard var (line, column) = valueStart(of: name, from: element) else { return nil }
    var remaining = offset
    while remaining > 0 {
      guard line < lines.count else { return nil }
      if column >= lines[line].count {
        (line, column) = (line + 1, 0)
        remaining -= 1
        continue
      }
      if lines[line][column] == "&",
        let semicolon = lines[line][column...].firstIndex(of: ";")
      {
        column = semicolon + 1
      } else {
        column += 1
      }
      remaining -= 1
    }
    return SourceLocation(file: element.file, line: line + 1, column: column + 1)
  }

  /// 0-based line and column of the first character of the value: the
  /// start tag is scanned from its `<` (the element's location) to its
  /// `>`, skipping quoted values.
  private func valueStart(of name: String, from element: SourceLocation) -> (Int, Int)? {
    let target = Array(name)
    var (line, column) = (element.line - 1, element.column - 1)
    var quote: Character?
    while line < lines.count {
      let text = lines[line]
      while column < text.count {
        let c = text[column]
        if let open = quote {
          if c == open { quote = nil }
        } else if c == ">" {
          return nil
        } else if c == "\"" || c == "'" {
          quote = c
        } else if matches(target, in: text, at: column) {
          var cursor = column + target.count
          while cursor < text.count, text[cursor] == " " || text[cursor] == "\t" { cursor += 1 }
          if cursor < text.count, text[cursor] == "=" {
            cursor += 1
            while cursor < text.count, text[cursor] == " " || text[cursor] == "\t" { cursor += 1 }
            if cursor < text.count, text[cursor] == "\"" || text[cursor] == "'" {
              return (line, cursor + 1)
            }
          }
        }
        column += 1
      }
      (line, column) = (line + 1, 0)
    }
    return nil
  }

  private func matches(_ target: [Character], in text: [Character], at column: Int) -> Bool {
    guard column + target.count <= text.count else { return false }
    if column > 0, !text[column - 1].isWhitespace { return false }
    return Array(text[column..<(column + target.count)]) == target
  }
}
