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
///
/// Its hot loops keep no column: a column is worked out where an element
/// starts, from where its line starts and the UTF-8 continuation bytes
/// since; the builder's lists are in memory of their own (``RawList``);
/// a repeated attribute is looked for only among names of the same length
/// and first byte. (Measured with callgrind, release, 10k parcels: 2,806 M
/// instructions before, 2,663 M after, -5.1%.)
struct FastRecordParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let shape: RecordShape
  private let builder: ElementTable.Builder
  private var pos = 0
  private var line: Int
  /// Where the current line starts: at `lineStart`, less `lineExtra`
  /// continuation bytes of UTF-8 since, the column is 1.
  private var lineStart: Int
  private var lineExtra = 0
  private var recordStart = 0
  private var recordElements = 0
  /// Set when the chunk is declined.
  private var failed = false

  static let maxDepth = 64
  static let maxRecordElements = 10_000
  static let maxRecordBytes = 4 << 20
  static let maxAttributes = 256
  static let maxNameBytes = 256

  /// A parser at `offset` of `bytes`, which is at `line` and `column` of
  /// the file, filling `builder` (kept from record to record).
  init(
    _ bytes: UnsafeBufferPointer<UInt8>, shape: RecordShape, at offset: Int, line: Int,
    column: Int, builder: ElementTable.Builder
  ) {
    self.bytes = bytes
    self.shape = shape
    self.builder = builder
    self.pos = offset
    self.line = line
    self.lineStart = offset - (column - 1)
  }

  enum Next {
    /// A record, in the builder.
    case record
    /// The chunk is read: only white space followed the last record.
    case end
    case declined
  }

  /// The column of the byte at `pos`.
  private var column: Int { pos - lineStart - lineExtra + 1 }

  /// Where the parser is, to go on from in the next call.
  var position: (offset: Int, line: Int, column: Int) { (pos, line, column) }

  /// The next record of the chunk.
  mutating func next() -> Next {
    skipSpace()
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
    guard let name = readName() else { return decline() }
    recordElements += 1
    guard builder.depth < Self.maxDepth, recordElements <= Self.maxRecordElements else {
      return decline()
    }
    builder.openElement(name: name, line: startLine, column: startColumn)
    // The first byte and length of each attribute name so far, as bits:
    // only a name whose bits were seen is compared with the others.
    var seen: UInt64 = 0
    while true {
      let spaced = skipSpace()
      guard pos < bytes.count else { return decline() }
      let byte = bytes[pos]
      if byte == Byte.greaterThan || byte == Byte.slash {
        let empty = byte == Byte.slash
        if empty {
          guard pos + 1 < bytes.count, bytes[pos + 1] == Byte.greaterThan else { return decline() }
          pos += 1
        }
        pos += 1
        builder.endStartTag()
        return empty ? finishTop() : false
      }
      guard spaced, builder.currentAttributes.count < Self.maxAttributes,
        let attribute = readName(), !isXMLNS(attribute)
      else { return decline() }
      let bit: UInt64 = 1 << ((UInt64(bytes[attribute.start]) &+ UInt64(attribute.count) &* 7) & 63)
      if seen & bit != 0, isRepeated(attribute) { return decline() }
      seen |= bit
      skipSpace()
      guard pos < bytes.count, bytes[pos] == Byte.equals else { return decline() }
      pos += 1
      skipSpace()
      guard let value = readValue() else { return decline() }
      builder.addAttribute(name: attribute, value: value)
    }
  }

  /// True when the element just opened already has an attribute `name`.
  private func isRepeated(_ name: ElementTable.ByteSpan) -> Bool {
    for index in builder.currentAttributes where same(builder.attributeName(index), name) {
      return true
    }
    return false
  }

  /// An end tag at `pos` (`</`), which must close the innermost element.
  private mutating func closeElement() -> Bool {
    pos += 2
    guard let name = readName(), let open = builder.openName, same(open, name) else {
      return decline()
    }
    skipSpace()
    guard pos < bytes.count, bytes[pos] == Byte.greaterThan else { return decline() }
    pos += 1
    return finishTop()
  }

  /// Closes the innermost element; true when it was the record.
  private mutating func finishTop() -> Bool {
    guard builder.depth > 0 else { return decline() }
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
        lineExtra += length - 1
        nonSpace = true
        continue
      }
      if byte < 0x20 {
        if byte == Byte.newline {
          line += 1
          lineStart = pos + 1
          lineExtra = 0
        } else if byte != Byte.tab {
          return false
        }
      } else if byte == Byte.ampersand {
        return false
      } else if byte == Byte.closeBracket, pos + 2 < bytes.count,
        bytes[pos + 1] == Byte.closeBracket, bytes[pos + 2] == Byte.greaterThan
      {
        return false
      } else if byte != Byte.space {
        nonSpace = true
      }
      pos += 1
    }
    guard pos < bytes.count, pos - recordStart <= Self.maxRecordBytes else { return false }
    builder.addText(ElementTable.ByteSpan(start: start, count: pos - start), nonSpace: nonSpace)
    return true
  }

  /// A quoted attribute value at `pos`, its quotes stepped over.
  private mutating func readValue() -> ElementTable.ByteSpan? {
    guard pos < bytes.count else { return nil }
    let quote = bytes[pos]
    guard quote == Byte.quote || quote == Byte.apostrophe else { return nil }
    pos += 1
    let start = pos
    // Plain bytes eight at a time (ScanWord: the quote, `<` 0x3C, `&` 0x26,
    // control bytes and the bytes of multi-byte characters stop them); the
    // loop below looks at the byte that stopped them. (Measured with
    // callgrind, release, 10k parcels: byte by byte, 0.6% more
    // instructions: 2,559 M against 2,546 M.)
    if let base = bytes.baseAddress {
      let quotes = ScanWord.repeating(quote)
      while pos + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self).littleEndian
        let stops =
          ScanWord.matching(word, quotes) | ScanWord.matching(word, 0x3C3C_3C3C_3C3C_3C3C)
          | ScanWord.matching(word, 0x2626_2626_2626_2626) | ScanWord.controls(word)
          | (word & ScanWord.highBits)
        if stops != 0 {
          pos += stops.trailingZeroBitCount / 8
          break
        }
        pos += 8
      }
    }
    while pos < bytes.count {
      let byte = bytes[pos]
      if byte == quote { break }
      if byte >= 0x80 {
        guard let length = utf8Length(at: pos) else { return nil }
        pos += length
        lineExtra += length - 1
        continue
      }
      if byte < 0x20 || byte == Byte.lessThan || byte == Byte.ampersand { return nil }
      pos += 1
    }
    guard pos < bytes.count, pos - recordStart <= Self.maxRecordBytes else { return nil }
    let value = ElementTable.ByteSpan(start: start, count: pos - start)
    pos += 1
    return value
  }

  /// A name at `pos`: an ASCII letter or `_`, then letters, digits, `_`,
  /// `-` and `.`.
  private mutating func readName() -> ElementTable.ByteSpan? {
    let start = pos
    guard pos < bytes.count, Self.isNameStart(bytes[pos]) else { return nil }
    pos += 1
    // Letters eight at a time (names here are mostly letters: `performance`,
    // `valueAdded`), then byte by byte from the first byte that is not one.
    // (Measured with callgrind, release, 10k parcels: BENCHMARKS.md,
    // session 7.)
    if let base = bytes.baseAddress {
      while pos + 8 <= bytes.count {
        let word = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self).littleEndian
        let others = ~ScanWord.letters(word) & ScanWord.highBits
        if others != 0 {
          pos += others.trailingZeroBitCount / 8
          break
        }
        pos += 8
      }
    }
    while pos < bytes.count, Self.isNameByte(bytes[pos]) { pos += 1 }
    guard pos - start <= Self.maxNameBytes else { return nil }
    return ElementTable.ByteSpan(start: start, count: pos - start)
  }

  /// Steps over spaces, tabs and line feeds; true when there were any.
  @discardableResult
  private mutating func skipSpace() -> Bool {
    let start = pos
    while pos < bytes.count {
      let byte = bytes[pos]
      if byte == Byte.newline {
        line += 1
        lineStart = pos + 1
        lineExtra = 0
      } else if byte != Byte.space && byte != Byte.tab {
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

  private func same(_ a: ElementTable.ByteSpan, _ b: ElementTable.ByteSpan) -> Bool {
    guard a.count == b.count, let base = bytes.baseAddress else { return false }
    return memcmp(base + a.start, base + b.start, a.count) == 0
  }

  private func isXMLNS(_ name: ElementTable.ByteSpan) -> Bool {
    name.count == 5
      && bytes[name.start..<(name.start + 5)].elementsEqual("xmlns".utf8)
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
