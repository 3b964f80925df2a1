extension JSONBytes {
  /// `value` as a JSON string, in quotes.
  mutating func appendQuoted(_ value: String) {
    append(UInt8(ascii: "\""))
    appendEscaped(value)
    append(UInt8(ascii: "\""))
  }

  /// `value` as the inside of a JSON string.
  mutating func appendEscaped(_ value: String) {
    // A native string's bytes are read in place (measured: the generic
    // walk over the UTF-8 view was 3% of a batch run).
    let done: Void? = value.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
    if done == nil { Array(value.utf8).withUnsafeBufferPointer { appendEscaped($0) } }
  }

  /// `utf8` (valid UTF-8) as the inside of a JSON string: `"`, `\`, the
  /// control characters (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00XX` in
  /// lower-case hex) and U+2028 and U+2029 (for JavaScript readers)
  /// escaped, every other byte copied.
  mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var index = 0
    while true {
      index = appendPlainBytes(of: utf8, from: index)
      guard index < utf8.count else { return }
      index = appendEscape(of: utf8, at: index)
    }
  }

  /// Copies the bytes of `utf8` from `start` up to the first that may need
  /// escaping (below 0x20, `"`, `\`, 0xE2); returns where that one is, or
  /// the end.
  ///
  /// Eight bytes at a time are copied and looked at in the same pass
  /// (``JSONWriter/wordMayNeedEscaping(_:)``) until a word holds such a
  /// byte; then byte by byte up to it. Measured with callgrind (release,
  /// 10k parcels): the JSON lines took 423 M instructions when each string
  /// was scanned whole first (``JSONWriter/mayNeedEscaping(_:)``) and then
  /// copied, 417 M copied while scanned.
  private mutating func appendPlainBytes(
    of utf8: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int {
    guard let base = utf8.baseAddress else { return 0 }
    let count = utf8.count &- start
    let source = UnsafeRawPointer(base + start)
    let target = UnsafeMutableRawPointer(reserve(count))
    var index = 0
    while index &+ 8 <= count {
      let word = source.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      if JSONWriter.wordMayNeedEscaping(word) { break }
      target.storeBytes(of: word, toByteOffset: index, as: UInt64.self)
      index &+= 8
    }
    while index < count {
      let byte = source.load(fromByteOffset: index, as: UInt8.self)
      if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 { break }
      target.storeBytes(of: byte, toByteOffset: index, as: UInt8.self)
      index &+= 1
    }
    commit(index)
    return start &+ index
  }

  /// Appends the byte at `index`, escaped if it needs to be (0xE2 only
  /// when it starts U+2028 or U+2029: E2 80 A8, E2 80 A9); returns the
  /// index after it (after the character, for those two).
  private mutating func appendEscape(of utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = utf8[index]
    switch byte {
    case UInt8(ascii: "\""): append(#"\""#)
    case UInt8(ascii: "\\"): append(#"\\"#)
    case UInt8(ascii: "\n"): append(#"\n"#)
    case UInt8(ascii: "\r"): append(#"\r"#)
    case UInt8(ascii: "\t"): append(#"\t"#)
    case 0x08: append(#"\b"#)
    case 0x0C: append(#"\f"#)
    case 0..<0x20:
      let hex: StaticString = "0123456789abcdef"
      append(#"\u00"#)
      append(hex.utf8Start[Int(byte >> 4)])
      append(hex.utf8Start[Int(byte & 0xF)])
    case 0xE2
    where index + 2 < utf8.count && utf8[index + 1] == 0x80
      && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
      append(utf8[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#)
      return index + 3
    default: append(byte)
    }
    return index + 1
  }
}
