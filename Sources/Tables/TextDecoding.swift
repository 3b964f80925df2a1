/// Turns a CSV file's bytes into UTF-8 text (``DecodedText``): the
/// byte-order mark or the named encoding, else UTF-8 when the bytes are
/// UTF-8, else GB18030 (``TableEncoding``).
enum TextDecoding {
  static func decode(_ bytes: [UInt8], as requested: TableEncoding, file: String)
    throws(TableProblem) -> DecodedText
  {
    var start = 0
    var encoding = requested
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      (start, encoding) = (3, .utf8)
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      (start, encoding) = (2, .utf16LittleEndian)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      (start, encoding) = (2, .utf16BigEndian)
    }
    if encoding == .automatic {
      encoding = looksLikeUTF8(bytes[start...]) ? .utf8 : .gb18030
    }
    guard let name = encoding.iconvName else {
      if isValidUTF8(bytes[start...]) {
        return DecodedText(bytes: bytes, start: start, repairs: [], encoding: .utf8)
      }
      return repairUTF8(bytes[start...])
    }
    guard let converter = Iconv(from: name) else {
      throw TableProblem(
        at: CellPlace(file: file),
        "cannot read \(encoding) text: this system's iconv does not know it (glibc's gconv modules are missing); save the file as UTF-8 CSV"
      )
    }
    let unit = encoding == .gb18030 ? 1 : 2
    let (text, repairs) = converter.convert(bytes[start...], unit: unit)
    return DecodedText(bytes: text, start: 0, repairs: repairs, encoding: encoding)
  }

  static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
  }

  /// True when the bytes are UTF-8, or nearly: at least four well-formed
  /// multi-byte characters for each ill-formed sequence, so a UTF-8 file
  /// with a few damaged bytes is read as UTF-8 (those bytes reported),
  /// not as GB18030 throughout. GBK text read as UTF-8 is mostly
  /// ill-formed: most of its lead bytes (0xB0–0xBF) are UTF-8 continuation
  /// bytes, and only a trail byte of 0x80–0xBF after a lead of 0xC2–0xDF
  /// makes a well-formed pair.
  static func looksLikeUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    if isValidUTF8(bytes) { return true }
    var wellFormed = 0
    var illFormed = 0
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): if scalar.count > 1 { wellFormed += 1 }
      case .error: illFormed += 1
      case .emptyInput: break loop
      }
    }
    return wellFormed >= 4 * illFormed
  }

  /// UTF-8 with each ill-formed sequence (as the standard library cuts
  /// them) replaced by U+FFFD and noted.
  static func repairUTF8(_ bytes: ArraySlice<UInt8>) -> DecodedText {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 64)
    var repairs: [DecodedText.Repair] = []
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var at = bytes.startIndex
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar):
        out.append(contentsOf: scalar)
        at += scalar.count
      case .error(let length):
        repairs.append(.init(offset: out.count, original: Array(bytes[at..<(at + length)])))
        out.append(contentsOf: DecodedText.replacement)
        at += length
      case .emptyInput: break loop
      }
    }
    return DecodedText(bytes: out, start: 0, repairs: repairs, encoding: .utf8)
  }
}
