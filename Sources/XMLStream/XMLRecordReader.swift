internal import CLibXML2

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a document of records as a stream: the root element's start tag,
/// then each child of the root as one complete subtree, never more than one
/// record's subtree in memory.
///
/// Parsing is libxml2's SAX2 push parser with secure options (no entity
/// expansion, no DTD, no network; a `DOCTYPE` is refused outright) and
/// libxml2's default size and depth limits. A record larger than
/// ``maxRecordElements`` elements stops the document with an error.
public final class XMLRecordReader {
  /// The name used in diagnostics (the path as the user gave it).
  public let fileName: String
  /// The root element's start tag (attributes, no children), once read.
  public internal(set) var root: XMLElement?
  /// A record with more elements than this is an input error.
  public var maxRecordElements = 100_000
  /// A record with more bytes of text than this is an input error: libxml2
  /// hands text over piece by piece and sets no limit of its own here, so
  /// a huge text node would otherwise be held whole. 10 MB, libxml2's own
  /// limit for one text node (`XML_MAX_TEXT_LENGTH`).
  public var maxRecordTextBytes = 10_000_000
  /// Elements nested deeper than this (the root is level 1) are an input
  /// error. libxml2 keeps this limit (`xmlParserMaxDepth`, 256) only when
  /// it builds a tree, not for SAX callbacks like these; without it a
  /// record nested 100 000 deep overflows the stack when it is freed.
  public var maxDepth = 256

  var source: ChunkSource
  /// Set when this reader reads one chunk of a split file.
  var chunk: ChunkPlan?
  /// Records handed out by ``next()`` (a chunk re-read skips as many).
  var recordsHandedOut = 0
  var recordsToSkip = 0
  /// Bytes read from the input so far (of a chunk: from the chunk's start).
  public internal(set) var bytesRead = 0
  var parser: xmlParserCtxtPtr?
  private var handler = xmlSAXHandler()
  // Parse state, driven by the SAX callbacks.
  var stack: [XMLElement] = []
  var recordElementCount = 0
  var recordTextBytes = 0
  var pending: [XMLEvent] = []
  private var pendingIndex = 0
  var failed = false
  /// Names already converted, by their address in the parser's dictionary.
  var names: [UInt: String] = [:]
  /// The names last met, by bits of their address (see `interned`).
  var recentNames = [(key: UInt, text: String?)](repeating: (0, nil), count: recentNameSlots)
  static let recentNameSlots = 256
  var atEndOfInput = false
  var finished = false

  /// Opens a file for reading. Throws a diagnostic when it cannot be read.
  public convenience init(path: String, displayName: String? = nil) throws(Diagnostic) {
    let name = displayName ?? path
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      throw Diagnostic(
        at: SourceLocation(file: name, line: 1, column: 1),
        "cannot read the file: \(reason); check the path and its permissions")
    }
    self.init(source: .file(fd), fileName: name)
  }

  /// Reads a document held in memory (tests, standard input).
  public convenience init(bytes: [UInt8], fileName: String) {
    self.init(source: .bytes(bytes, offset: 0), fileName: fileName)
  }

  init(source: ChunkSource, fileName: String) {
    _ = LibXML2.ready
    self.source = source
    self.fileName = fileName
  }

  deinit {
    if let parser { xmlFreeParserCtxt(parser) }
    if case .file(let fd) = source, fd >= 0 { close(fd) }
  }

  /// The next record, or the failure that ended the document; nil at the end.
  public func next() -> XMLEvent? {
    while true {
      while pendingIndex == pending.count {
        if finished { return nil }
        pending.removeAll(keepingCapacity: true)
        pendingIndex = 0
        if chunk != nil { feedChunk() } else { feed() }
      }
      let event = pending[pendingIndex]
      pendingIndex += 1
      if case .record = event {
        if recordsToSkip > 0 {
          recordsToSkip -= 1
          continue
        }
        recordsHandedOut += 1
      }
      return event
    }
  }

  /// Reads one chunk and pushes it through the parser.
  func feed() {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    let count: Int
    switch source.read(into: &chunk) {
    case .success(let n): count = n
    case .failure(let reason):
      fail(Diagnostic(at: currentLocation(), "cannot read the file: \(reason)"))
      return
    }
    bytesRead += count
    if bytesRead == 0 {
      // libxml2 would call an empty file "Extra content at the end of the
      // document"; say what it is.
      fail(Diagnostic(at: currentLocation(), "the file is empty; expected an XML document"))
      return
    }
    if parser == nil {
      guard createParser() else { return }
    }
    push(chunk, count: count, terminate: count == 0, atEndOfInput: count == 0)
    if count == 0 && !failed {
      finished = true
      if root == nil {
        fail(Diagnostic(at: currentLocation(), "the file is empty; expected an XML document"))
      }
    }
  }

  /// Pushes `count` bytes of `bytes` through the parser; a failure ends
  /// the document.
  func push(_ bytes: [UInt8], count: Int, terminate: Bool, atEndOfInput: Bool) {
    guard let parser else { return }
    self.atEndOfInput = atEndOfInput
    let status = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        xmlParseChunk(parser, count > 0 ? $0.baseAddress : nil, Int32(count), terminate ? 1 : 0)
      }
    }
    if failed {
      finished = true
      return
    }
    if status != 0 || mujun_wellFormed(parser) == 0 {
      fail(Diagnostic(at: currentLocation(), "the document is not well-formed XML"))
    }
  }

  func createParser() -> Bool {
    installCallbacks(on: &handler)
    guard let made = xmlCreatePushParserCtxt(&handler, nil, nil, 0, fileName) else {
      fail(Diagnostic(at: currentLocation(), "cannot create an XML parser (out of memory?)"))
      return false
    }
    xmlCtxtUseOptions(made, LibXML2.secureOptions)
    mujun_setCtxtPrivate(made, Unmanaged.passUnretained(self).toOpaque())
    parser = made
    return true
  }

  /// Records the failure that ends the document, with the open record.
  func fail(_ diagnostic: Diagnostic) {
    guard !failed else { return }
    failed = true
    finished = true
    let partial = stack.count >= 2 ? stack[1] : nil
    pending.append(.failure(diagnostic, partial: partial))
    if let parser { mujun_stopParser(parser) }
  }

  /// Where the parser is now.
  func currentLocation() -> SourceLocation {
    guard let parser else { return SourceLocation(file: fileName, line: 1, column: 1) }
    return SourceLocation(
      file: fileName, line: Int(max(mujun_inputLine(parser), 1)),
      column: Int(max(mujun_inputCol(parser), 1)))
  }

  /// Where the start tag that the parser has just read began: libxml2 calls
  /// back with the input at the tag's `>`, so walk back to its `<` (an
  /// attribute value cannot hold a raw `<`), counting lines and characters.
  func startTagLocation() -> SourceLocation {
    guard let parser, let cur = mujun_inputCur(parser), let base = mujun_inputBase(parser)
    else { return currentLocation() }
    let here = currentLocation()
    var p = cur
    var newlines = 0
    var charsOnLine = 0  // characters between `<` and cur on cur's line
    var sawNewline = false
    while p > base {
      p -= 1
      let byte = p.pointee
      if byte == UInt8(ascii: "<") { break }
      if byte == UInt8(ascii: "\n") {
        newlines += 1
        sawNewline = true
      } else if !sawNewline && (byte & 0xC0) != 0x80 {
        charsOnLine += 1
      }
    }
    guard p.pointee == UInt8(ascii: "<") else { return here }
    if newlines == 0 {
      return SourceLocation(
        file: fileName, line: here.line, column: max(here.column - charsOnLine - 1, 1))
    }
    // The tag spans lines: count the characters before `<` on its own line.
    var q = p
    var column = 1
    while q > base {
      q -= 1
      if q.pointee == UInt8(ascii: "\n") { break }
      if (q.pointee & 0xC0) != 0x80 { column += 1 }
    }
    return SourceLocation(file: fileName, line: here.line - newlines, column: column)
  }
}

/// Where the bytes come from.
enum ChunkSource {
  case file(Int32)
  case bytes([UInt8], offset: Int)
  /// A file shared with other readers, read from `offset` on.
  case shared(SharedFile, offset: Int)

  enum ReadResult {
    case success(Int)
    case failure(String)
  }

  mutating func read(into buffer: inout [UInt8]) -> ReadResult {
    switch self {
    case .file(let fd):
      while true {
        let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
        if n >= 0 { return .success(n) }
        if errno == EINTR { continue }
        return .failure(String(cString: strerror(errno)))
      }
    case .shared(let file, let offset):
      switch file.read(into: &buffer, at: offset) {
      case .success(let n):
        self = .shared(file, offset: offset + n)
        return .success(n)
      case .failure(let reason): return .failure(reason)
      }
    case .bytes(let bytes, let offset):
      let n = min(buffer.count, bytes.count - offset)
      if n > 0 {
        buffer.withUnsafeMutableBufferPointer { target in
          bytes.withUnsafeBufferPointer { from in
            target.baseAddress!.update(from: from.baseAddress! + offset, count: n)
          }
        }
      }
      self = .bytes(bytes, offset: offset + n)
      return .success(n)
    }
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
