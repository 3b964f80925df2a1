#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a chunk of plain, well-formed records without libxml2, filling a
/// table (``ElementTable``) that holds exactly what the SAX reader's
/// elements hold, or declines the chunk at the first thing it does not
/// vouch for; the chunk is then read by libxml2, as before, which also
/// words every error.
///
/// What it takes is a strict subset of XML, nothing more: between records
/// only spaces, tabs and line feeds; names of ASCII letters, digits, `_`,
/// `-` and `.` (no prefixes, no `xmlns`); attribute values in either quote
/// without `<`, `&` or control characters; text without `&`, `]]>` or
/// control characters but tab and line feed; UTF-8 checked as libxml2
/// checks it (no overlong forms, no surrogates, nothing over U+10FFFF, no
/// U+FFFE or U+FFFF); end tags that match. Anything else (a carriage
/// return, an entity or character reference, a comment, CDATA, a
/// processing instruction, a record that is not closed in the chunk, any
/// error) declines. Small limits bound what it builds before it can
/// decline.
///
/// Why: libxml2's parse and the callbacks that build elements from it were
/// the largest share of a batch run (release, 200k parcels, `perf`: 23%).
/// Differential checks against libxml2 (the chunked-against-whole tests
/// over the corpus, and the FuzzRecords target, which compares one thread
/// with 64-byte chunks) keep the two readings the same.
///
/// It fills a table rather than a tree of ``XMLElement``s: names, values
/// and text stay where they are in the chunk's bytes, and a record costs a
/// few allocations instead of a `String` and an array or two per element.
/// (Measured with callgrind, release, 10k parcels: building the trees was
/// 29% of a batch run's instructions, decoding them 22% and freeing them
/// 4.5%; see BENCHMARKS.md, 2026-12-06.)
struct FastRecordParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let shape: RecordShape
  private var pos = 0
  private var line: Int
  private var column: Int
  /// Where each open element's name is in `bytes`, to match its end tag.
  private var names: [Range<Int>] = []
  private var builder: ElementTable.Builder
  /// The names of the start tag being read, to find one given twice.
  private var scratchNames: [Range<Int>] = []
  private var recordStart = 0
  private var recordElements = 0

  static let maxDepth = 64
  static let maxRecordElements = 10_000
  static let maxRecordBytes = 4 << 20
  static let maxAttributes = 256
  static let maxNameBytes = 256

  /// A parser at `offset` of `bytes`, which is at `line` and `column` of
  /// the file, with the arrays of the parser that read the record before.
  init(
    _ bytes: UnsafeBufferPointer<UInt8>, shape: RecordShape, at offset: Int, line: Int,
    column: Int, buffers: Buffers = Buffers()
  ) {
    self.bytes = bytes
    self.shape = shape
    self.pos = offset
    self.line = line
    self.column = column
    (names, builder, scratchNames) = (buffers.names, buffers.builder, buffers.attributeNames)
  }

  /// The parser's working arrays (each record empties them as it begins),
  /// handed from one record's parser to the next so that their room is
  /// allocated once per chunk. (Measured with callgrind, release, 10k
  /// parcels: growing them anew for every record, some 25 allocations a
  /// record, cost 1.7% more instructions.)
  struct Buffers {
    fileprivate var names: [Range<Int>] = []
    fileprivate var builder = ElementTable.Builder()
    fileprivate var attributeNames: [Range<Int>] = []

    /// The record last read, as a table of `bytes` (the chunk the parser
    /// read, shared).
    func table(bytes: [UInt8], fileName: String, namespaces: [String?]) -> ElementTable {
      builder.table(bytes: bytes, fileName: fileName, namespaces: namespaces)
    }
  }

  /// The working arrays, for the next record's parser.
  var buffers: Buffers {
    Buffers(names: names, builder: builder, attributeNames: scratchNames)
  }

  enum Next {
    /// A record, in the table of ``buffers``.
    case record
    /// The chunk is read: only white space followed the last record.
    case end
    case declined
  }

  /// Where the parser is, to go on from in the next call.
  var position: (offset: Int, line: Int, column: Int) { (pos, line, column) }

  /// The next record of the chunk.
  mutating func next() -> Next {
    _ = skipSpace()
    if pos == bytes.count { return .end }
    guard parseRecord() else { return .declined }
    return .record
  }

  /// One record, from its `<` to the end of its end tag; false when the
  /// chunk is declined.
  private mutating func parseRecord() -> Bool {
    guard isRecordStart() else { return false }
    recordStart = pos
    recordElements = 0
    names.removeAll(keepingCapacity: true)
    builder.reset()
    failed = false
    if openElement() { return true }
    while !failed && builder.depth > 0 {
      guard readText(), pos + 1 < bytes.count else { return false }
      // At a `<`: an end tag, or a child's start tag.
      let done = bytes[pos + 1] == Byte.slash ? closeElement() : openElement()
      if done { return true }
    }
    return false
  }

  /// Set when the chunk is declined inside `openElement`/`closeElement`.
  private var failed = false

  private func isRecordStart() -> Bool {
    let name = shape.name
    guard pos + name.count + 1 < bytes.count, bytes[pos] == Byte.lessThan else { return false }
    for (offset, byte) in name.enumerated() where bytes[pos + 1 + offset] != byte {
      return false
    }
    let after = bytes[pos + 1 + name.count]
    return after == Byte.space || after == Byte.tab || after == Byte.newline
      || after == Byte.greaterThan || after == Byte.slash
  }

  /// A start tag at `pos`. True when it was an empty record
  /// (`<parcel …/>`); sets `failed` when the chunk is declined.
  private mutating func openElement() -> Bool {
    let (startLine, startColumn) = (line, column)
    pos += 1
    column += 1
    guard let nameRange = readName() else { return decline() }
    recordElements += 1
    guard builder.depth < Self.maxDepth, recordElements <= Self.maxRecordElements else {
      return decline()
    }
    builder.openElement(name: nameRange, line: startLine, column: startColumn)
    names.append(nameRange)
    scratchNames.removeAll(keepingCapacity: true)
    while true {
      let spaced = skipSpace()
      guard pos < bytes.count else { return decline() }
      let byte = bytes[pos]
      if byte == Byte.greaterThan || byte == Byte.slash {
        let empty = byte == Byte.slash
        if empty {
          guard pos + 1 < bytes.count, bytes[pos + 1] == Byte.greaterThan else { return decline() }
          pos += 1
          column += 1
        }
        pos += 1
        column += 1
        return empty ? finishTop() : false
      }
      guard spaced, scratchNames.count < Self.maxAttributes, let name = readName(),
        !isXMLNS(name), !scratchNames.contains(where: { same($0, name) })
      else { return decline() }
      _ = skipSpace()
      guard pos < bytes.count, bytes[pos] == Byte.equals else { return decline() }
      pos += 1
      column += 1
      _ = skipSpace()
      guard let value = readValue() else { return decline() }
      scratchNames.append(name)
      builder.addAttribute(name: name, value: value)
    }
  }

  /// An end tag at `pos` (`</`), which must close the innermost element.
  private mutating func closeElement() -> Bool {
    pos += 2
    column += 2
    guard let nameRange = readName(), let open = names.last, same(open, nameRange) else {
      return decline()
    }
    _ = skipSpace()
    guard pos < bytes.count, bytes[pos] == Byte.greaterThan else { return decline() }
    pos += 1
    column += 1
    return finishTop()
  }

  /// Closes the innermost element; true when it was the record.
  private mutating func finishTop() -> Bool {
    guard names.popLast() != nil else { return decline() }
    builder.closeElement(bytes: bytes)
    return builder.depth == 0
  }

  private mutating func decline() -> Bool {
    failed = true
    return false
  }

  /// Text up to the next `<`, given to the innermost element. False when
  /// the chunk is declined.
  private mutating func readText() -> Bool {
    let start = pos
    var nonSpace = false
    while pos < bytes.count {
      let byte = bytes[pos]
      if byte == Byte.lessThan { break }
      if byte >= 0x80 {
        guard let length = utf8Length(at: pos) else { return false }
        pos += length
        column += 1
        nonSpace = true
        continue
      }
      if byte < 0x20 {
        if byte == Byte.newline {
          line += 1
          column = 1
        } else if byte == Byte.tab {
          column += 1
        } else {
          return false
        }
      } else if byte == Byte.ampersand {
        return false
      } else if byte == Byte.closeBracket, pos + 2 < bytes.count,
        bytes[pos + 1] == Byte.closeBracket, bytes[pos + 2] == Byte.greaterThan
      {
        return false
      } else {
        if byte != Byte.space { nonSpace = true }
        column += 1
      }
      pos += 1
    }
    guard pos < bytes.count, pos - recordStart <= Self.maxRecordBytes else { return false }
    builder.addText(start..<pos, nonSpace: nonSpace)
    return true
  }

  /// A quoted attribute value at `pos`, its quotes stepped over.
  private mutating func readValue() -> Range<Int>? {
    guard pos < bytes.count else { return nil }
    let quote = bytes[pos]
    guard quote == Byte.quote || quote == Byte.apostrophe else { return nil }
    pos += 1
    column += 1
    let start = pos
    while pos < bytes.count {
      let byte = bytes[pos]
      if byte == quote { break }
      if byte >= 0x80 {
        guard let length = utf8Length(at: pos) else { return nil }
        pos += length
        column += 1
        continue
      }
      if byte < 0x20 || byte == Byte.lessThan || byte == Byte.ampersand { return nil }
      pos += 1
      column += 1
    }
    guard pos < bytes.count, pos - recordStart <= Self.maxRecordBytes else { return nil }
    let value = start..<pos
    pos += 1
    column += 1
    return value
  }

  /// A name at `pos`: an ASCII letter or `_`, then letters, digits, `_`,
  /// `-` and `.`.
  private mutating func readName() -> Range<Int>? {
    let start = pos
    guard pos < bytes.count, Self.isNameStart(bytes[pos]) else { return nil }
    pos += 1
    while pos < bytes.count, Self.isNameByte(bytes[pos]) { pos += 1 }
    guard pos - start <= Self.maxNameBytes else { return nil }
    column += pos - start
    return start..<pos
  }

  /// Steps over spaces, tabs and line feeds; true when there were any.
  private mutating func skipSpace() -> Bool {
    let start = pos
    while pos < bytes.count {
      let byte = bytes[pos]
      if byte == Byte.newline {
        line += 1
        column = 1
      } else if byte == Byte.space || byte == Byte.tab {
        column += 1
      } else {
        break
      }
      pos += 1
    }
    return pos > start
  }

  /// The length of the well-formed UTF-8 sequence at `index` of a
  /// character XML allows, or nil.
  private func utf8Length(at index: Int) -> Int? {
    let lead = bytes[index]
    func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
      index + offset < bytes.count && (low...high).contains(bytes[index + offset])
    }
    switch lead {
    case 0xC2...0xDF:
      return continuation(1) ? 2 : nil
    case 0xE0...0xEF:
      let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
      let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
      guard continuation(1, low, high), continuation(2) else { return nil }
      // U+FFFE and U+FFFF are not XML characters.
      if lead == 0xEF, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return nil }
      return 3
    case 0xF0...0xF4:
      let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
      let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
      guard continuation(1, low, high), continuation(2), continuation(3) else { return nil }
      return 4
    default:
      return nil
    }
  }

  private func same(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
    guard a.count == b.count, let base = bytes.baseAddress else { return false }
    return memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
  }

  private func isXMLNS(_ range: Range<Int>) -> Bool {
    range.count == 5 && bytes[range].elementsEqual("xmlns".utf8)
  }

  private static func isNameStart(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
  }
}

/// What the records of a file look like to ``FastRecordParser``: their
/// element name, and the namespace every unprefixed element is in (the
/// root's default namespace).
struct RecordShape: Sendable {
  var name: [UInt8]
  var namespace: String?
}

private enum Byte {
  static let lessThan = UInt8(ascii: "<")
  static let greaterThan = UInt8(ascii: ">")
  static let slash = UInt8(ascii: "/")
  static let equals = UInt8(ascii: "=")
  static let quote = UInt8(ascii: "\"")
  static let apostrophe = UInt8(ascii: "'")
  static let ampersand = UInt8(ascii: "&")
  static let closeBracket = UInt8(ascii: "]")
  static let space = UInt8(ascii: " ")
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
}
