/// A byte scanner that finds where the children of a document's root
/// element begin, so that a big file can be cut into chunks of whole records
/// and each chunk parsed on its own.
///
/// It knows just enough XML to never mistake markup for a record's start:
/// comments, CDATA sections, processing instructions, quoted attribute
/// values, end tags and empty-element tags. It does not check
/// well-formedness (the parser does that); anything it does not expect
/// (a `<!DOCTYPE`, a lone carriage return, a `<` in a tag, an end tag that
/// closes more than was opened, non-UTF-8 input) is a *surprise*: the caller
/// stops cutting and parses the rest of the file as one piece, which is
/// exactly what the sequential reader would do.
///
/// Positions count like libxml2's: lines by `\n`, columns by characters
/// (UTF-8 continuation bytes do not count), both 1-based.
///
/// Most bytes (text, tag names and attributes, quoted values) are stepped
/// over eight at a time (+FastPath.swift, +Run.swift, ScanWord.swift),
/// with exactly the results of the byte-at-a-time loop in
/// ``scan(_:from:cutFrom:atEnd:)``, which does the rest;
/// RecordBoundaryScannerTests compare the two.
struct RecordBoundaryScanner {
  enum Event: Equatable {
    /// Everything before the returned index is scanned; give more bytes.
    case needMore
    /// A start tag of a child of the root begins at the returned index
    /// (the scanner's `line` and `column` are its `<`).
    case boundary
    /// The root element's start tag ends just before the returned index.
    case rootOpened
    /// The root element's end tag ends just before the returned index.
    case rootClosed
    /// Something the scanner does not vouch for begins near the index.
    case surprise
  }

  enum State: Equatable {
    case text
    case startTag
    case quoted(UInt8)
    case endTag
    case comment
    case cdata
    case processingInstruction
  }

  /// A record that begins further right than this on its line is not cut
  /// before (a chunk after the first is preceded by as many spaces as its
  /// column), nor one on the first line; a file on one line is one chunk.
  static let widestCut = 1024

  /// When set, a cut is made only before a start tag with this name
  /// (``RecordStart``), the one a reader goes on at after a broken record.
  var recordName: [UInt8]?
  var state = State.text
  /// How many elements are open: 0 before the root, 1 between records.
  var depth = 0
  var line = 1
  var column = 1
  /// In a start tag: the last byte outside quotes that was not white space.
  private(set) var lastInTag: UInt8 = 0

  /// Scans `bytes` from `start` until something to report. `cutFrom`: a
  /// record start before this index is not reported (the chunk is not yet
  /// long enough). `atEnd`: no more bytes follow these.
  mutating func scan(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, cutFrom: Int, atEnd: Bool
  ) -> (event: Event, index: Int) {
    var pos = start
    let count = bytes.count
    var line = self.line
    var column = self.column
    defer {
      self.line = line
      self.column = column
    }
    // True when `literal` is at `pos`; nil when there are too few bytes
    // to tell yet.
    func matches(_ literal: StaticString, at pos: Int) -> Bool? {
      let length = literal.utf8CodeUnitCount
      let available = min(length, count - pos)
      for offset in 0..<available
      where bytes[pos + offset] != literal.utf8Start[offset] {
        return false
      }
      return available == length ? true : nil
    }
    while pos < count {
      // Bytes that are only counted go eight at a time (+FastPath.swift).
      pos = Self.skipPlain(
        bytes, from: pos, state: &state, depth: &depth, line: &line, column: &column,
        lastInTag: &lastInTag)
      guard pos < count else { break }
      let byte = bytes[pos]
      var step = 1
      switch state {
      case .text:
        if byte == ascii.lessThan {
          guard pos + 1 < count else { return atEnd ? (.surprise, pos) : (.needMore, pos) }
          let next = bytes[pos + 1]
          if next == ascii.slash {
            state = .endTag
            step = 2
          } else if next == ascii.question {
            state = .processingInstruction
            step = 2
          } else if next == ascii.bang {
            if let comment = matches("<!--", at: pos), comment {
              state = .comment
              step = 4
            } else if depth > 0, let cdata = matches("<![CDATA[", at: pos), cdata {
              state = .cdata
              step = 9
            } else if matches("<!--", at: pos) == nil
              || (depth > 0 && matches("<![CDATA[", at: pos) == nil)
            {
              return atEnd ? (.surprise, pos) : (.needMore, pos)
            } else {
              return (.surprise, pos)
            }
          } else if Self.isNameStart(next) {
            if depth == 1 && pos >= cutFrom && line >= 2 && column <= Self.widestCut {
              guard let recordName else { return (.boundary, pos) }
              switch RecordStart.matches(bytes, at: pos, name: recordName) {
              case true?: return (.boundary, pos)
              case nil where !atEnd: return (.needMore, pos)
              case false?, nil: break  // another element: not a cut
              }
            }
            state = .startTag
            lastInTag = 0
          } else {
            return (.surprise, pos)
          }
        } else if depth == 0 && !isSpace(byte) {
          return (.surprise, pos)
        }
      case .startTag:
        if byte == ascii.greaterThan {
          state = .text
          if lastInTag != ascii.slash {
            depth += 1
            if depth == 1 {
              column += 1
              return (.rootOpened, pos + 1)
            }
          } else if depth == 0 {
            return (.surprise, pos)  // an empty root: nothing to cut
          }
        } else if byte == ascii.quote || byte == ascii.apostrophe {
          state = .quoted(byte)
          lastInTag = byte
        } else if byte == ascii.lessThan {
          return (.surprise, pos)
        } else if !isSpace(byte) {
          lastInTag = byte
        }
      case .quoted(let quote):
        if byte == quote { state = .startTag }
      case .endTag:
        if byte == ascii.greaterThan {
          state = .text
          depth -= 1
          if depth == 0 {
            column += 1
            return (.rootClosed, pos + 1)
          }
          if depth < 0 { return (.surprise, pos) }
        } else if byte == ascii.lessThan {
          return (.surprise, pos)
        }
      case .comment:
        if byte == ascii.dash {
          guard let end = matches("-->", at: pos) else {
            return atEnd ? (.surprise, pos) : (.needMore, pos)
          }
          if end {
            state = .text
            step = 3
          }
        }
      case .cdata:
        if byte == ascii.closeBracket {
          guard let end = matches("]]>", at: pos) else {
            return atEnd ? (.surprise, pos) : (.needMore, pos)
          }
          if end {
            state = .text
            step = 3
          }
        }
      case .processingInstruction:
        if byte == ascii.question {
          guard let end = matches("?>", at: pos) else {
            return atEnd ? (.surprise, pos) : (.needMore, pos)
          }
          if end {
            state = .text
            step = 2
          }
        }
      }
      // Count the bytes stepped over. Only the first can be a newline or a
      // carriage return: a multi-byte step is ASCII markup.
      if byte == ascii.newline {
        line += 1
        column = 1
      } else if byte == ascii.carriageReturn {
        // libxml2 folds CR LF into LF; a lone CR would count differently.
        guard pos + 1 < count else { return atEnd ? (.surprise, pos) : (.needMore, pos) }
        guard bytes[pos + 1] == ascii.newline else { return (.surprise, pos) }
        column += 1
      } else if byte >= 0x80 {
        if byte & 0xC0 != 0x80 { column += 1 }
        // Bytes that are not UTF-8 at all: the file has another encoding.
        if byte == 0xC0 || byte == 0xC1 || byte >= 0xF5 { return (.surprise, pos) }
      } else {
        column += step
      }
      pos += step
    }
    return (.needMore, pos)
  }

  static func isNameStart(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == ascii.underscore
      || byte == ascii.colon || byte >= 0x80
  }

  private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}

/// The ASCII bytes the scanner looks at.
private enum ascii {
  static let lessThan = UInt8(ascii: "<")
  static let greaterThan = UInt8(ascii: ">")
  static let slash = UInt8(ascii: "/")
  static let question = UInt8(ascii: "?")
  static let bang = UInt8(ascii: "!")
  static let dash = UInt8(ascii: "-")
  static let closeBracket = UInt8(ascii: "]")
  static let quote = UInt8(ascii: "\"")
  static let apostrophe = UInt8(ascii: "'")
  static let underscore = UInt8(ascii: "_")
  static let colon = UInt8(ascii: ":")
  static let newline = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
}
