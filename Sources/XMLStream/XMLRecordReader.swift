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
  /// The element name of the records (the root's children), when the caller
  /// knows it. A record that is not well-formed, or breaks a limit, then
  /// does not end the document: the reader reports it
  /// (``XMLEvent/broken(_:partial:resumedAt:)``), skips to the next start
  /// tag `<recordName` after the error (``RecordStart``) and reads on with a
  /// new parser, started as a chunk is (see ``ChunkPlan``). Without it, the
  /// first such error ends the document (a rule set is refused whole).
  public var recordName: String?
  /// The level of the records (the root is level 1): 2, the default, makes
  /// each child of the root a record; 3 each grandchild, as the rows of an
  /// xlsx sheet (`worksheet` > `sheetData` > `row`), which would be one
  /// record too big at level 2. The elements between the root and the
  /// records are read for their nesting only: their attributes and text
  /// are not kept and they are never handed out. Going on after a broken
  /// record (``recordName``) and chunks need level 2; at other levels the
  /// first error ends the document. Values below 2 count as 2.
  public var recordDepth = 2 {
    didSet { recordLevel = max(recordDepth, 2) - 1 }
  }
  /// How many elements are open above a record: 1 at the default depth.
  var recordLevel = 1

  var source: ChunkSource
  /// Set when this reader reads one chunk of a split file.
  var chunk: ChunkPlan?
  /// Where a chunk read without libxml2 goes on (``nextDirect()``); nil
  /// when libxml2 reads it.
  var direct: (offset: Int, line: Int, column: Int)?
  /// Where libxml2 starts in a chunk the direct reader declined: after
  /// the last record it read whole; nil: at the chunk's start.
  var declinedAt: (line: Int, column: Int)?
  /// True once a chunk was read to its end without libxml2.
  public internal(set) var readDirectly = false
  /// Records handed out by ``next()``, over every reading of the chunk.
  var recordsHandedOut = 0
  /// Records the current reading of the chunk has come to. A chunk read
  /// again from its start (to the end of the file after a wrong cut) comes
  /// to the records already handed out first, and skips them.
  var recordsRead = 0
  /// Bytes read from the input so far (of a chunk: from the chunk's start).
  public internal(set) var bytesRead = 0
  var parser: xmlParserCtxtPtr?
  /// Lines before the one libxml2 counts as its line 1: libxml2 counts
  /// lines in an `int`, which a file of 2³¹ lines would wrap, so its count
  /// is moved back to 1 now and then (``rebaseLines()``) and the lines it
  /// gives are added to this.
  var lineBase = 0
  /// Past this line libxml2's count is moved back to 1 (tests lower it).
  var lineRebaseThreshold: Int32 = 1 << 30
  private var handler = xmlSAXHandler()
  // Parse state, driven by the SAX callbacks.
  var stack: [XMLElement] = []
  var heldSpace = HeldSpace()
  var recordElementCount = 0
  var recordTextBytes = 0
  var pending: [XMLEvent] = []
  private var pendingIndex = 0
  var failed = false
  /// Names already converted, by their address in the parser's dictionary.
  let nameCache = NameCache()
  /// The namespaces of the direct reader's tables: the records' own
  /// (``RecordShape/namespace``), made once per reader.
  lazy var directNamespaces: [String?] = [chunk?.shape?.namespace]
  /// The direct reader's working lists, kept from record to record.
  lazy var directBuilder = ElementTable.Builder()
  var atEndOfInput = false
  var finished = false
  // Going on after a broken record (XMLRecordReader+Resume.swift).
  /// The file's bytes to the end of the root's start tag, to start a new
  /// parser with; nil until known (or when it cannot be: another encoding).
  var prologue: [UInt8]?
  /// A one-thread reader's first bytes, until the root's start tag is read.
  var prologueCapture: [UInt8] = []
  /// Bytes of the input pushed through this parser since it started, not
  /// counting a chunk's prologue, padding or made-up end tag.
  var bodyBytesPushed = 0
  /// True while the input's own bytes are being parsed (an error there is
  /// one a reader can go on after).
  var pushingBody = false
  /// The bytes being pushed end in a carriage return, which libxml2 holds
  /// back until it has parsed the rest.
  var heldBackCR = false
  /// This parser started at a record the reader went on at.
  var resumed = false
  /// A broken record, waiting until the parser returns to be gone on after.
  var breakdown: Breakdown?
  /// Bytes read ahead while looking for the next record, to parse first.
  var carry: [UInt8] = []
  /// The body's bytes since the last record's start, to count positions.
  var history = BodyHistory()
  /// A record broken at the end of the input, gone on after in case the
  /// parser had swallowed the records after it (markup left open): told
  /// only once the new parser reads something; if it meets the end again
  /// first, the file just broke off and `failure` is told instead.
  var endBreak: (event: XMLEvent, failure: XMLEvent)?

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

  /// A prologue longer than this (a root start tag with huge attributes)
  /// is not kept: the reader then cannot go on after a broken record.
  static let maxPrologueBytes = 1 << 20

  deinit {
    if let parser { xmlFreeParserCtxt(parser) }
    if case .file(let fd) = source, fd >= 0 { close(fd) }
  }

  /// The next record, or the failure that ended the document; nil at the end.
  public func next() -> XMLEvent? {
    if direct != nil {
      switch nextDirect() {
      case .record(let table):
        recordsRead += 1
        recordsHandedOut += 1
        return .record(XMLRecord(table))
      case .end: return nil
      case .fallBack: break
      }
    }
    while true {
      while pendingIndex == pending.count {
        if finished { return nil }
        pending.removeAll(keepingCapacity: true)
        pendingIndex = 0
        if chunk != nil { feedChunk() } else { feed() }
      }
      let event = pending[pendingIndex]
      pendingIndex += 1
      switch event {
      case .record, .broken:
        recordsRead += 1
        if recordsRead <= recordsHandedOut { continue }
        recordsHandedOut += 1
      case .failure: break
      }
      return event
    }
  }

  /// Reads one chunk and pushes it through the parser.
  func feed() {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    let count: Int
    switch readBody(into: &chunk) {
    case .success(let n): count = n
    case .failure(let reason):
      fail(Diagnostic(at: currentLocation(), "cannot read the file: \(reason)"))
      return
    }
    if bytesRead == 0 {
      // A part of a file that had bytes here when the run began: the file
      // was cut off (or replaced) while it was being read.
      if self.chunk != nil, let offset = source.offset, offset > 0 {
        fail(
          Diagnostic(
            at: currentLocation(),
            "the file ends at byte \(offset), but it was longer when the run began: it was cut off or replaced while being read; run again on the whole file"
          ))
        return
      }
      // libxml2 would call an empty file "Extra content at the end of the
      // document"; say what it is.
      fail(Diagnostic(at: currentLocation(), "the file is empty; expected an XML document"))
      return
    }
    if parser == nil {
      guard createParser() else { return }
      if recordName != nil { history.restart(at: .init(offset: 0, line: 1, column: 1)) }
    }
    if root == nil, self.chunk == nil, prologueCapture.count < Self.maxPrologueBytes {
      prologueCapture += chunk[..<count]
    }
    push(chunk, count: count, terminate: count == 0, atEndOfInput: count == 0, body: true)
    // (At the end, a reader that went on after a broken record has the
    // bytes it read ahead still to parse.)
    if count == 0 && !failed && carry.isEmpty {
      finished = true
      if let deferred = endBreak {
        pending.append(deferred.event)
        endBreak = nil
      }
      if root == nil {
        fail(Diagnostic(at: currentLocation(), "the file is empty; expected an XML document"))
      }
    }
  }

  /// Pushes `count` bytes of `bytes` through the parser. `body`: they are
  /// the input's own (not a chunk's prologue, padding or made-up end tag).
  /// A failure ends the document, unless the reader can go on after it
  /// (``recordName``).
  func push(_ bytes: [UInt8], count: Int, terminate: Bool, atEndOfInput: Bool, body: Bool) {
    guard let parser else { return }
    self.atEndOfInput = atEndOfInput
    pushingBody = body
    heldBackCR = !terminate && count > 0 && bytes[count - 1] == UInt8(ascii: "\r")
    if body {
      history.append(bytes, count: count, at: bodyBytesPushed)
      bodyBytesPushed += count
    }
    let status = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) {
        xmlParseChunk(parser, count > 0 ? $0.baseAddress : nil, Int32(count), terminate ? 1 : 0)
      }
    }
    if !failed, status != 0 || mujun_wellFormed(parser) == 0 {
      fail(Diagnostic(at: currentLocation(), "the document is not well-formed XML"))
    }
    rebaseLines()
    pushingBody = false
    if let broken = breakdown {
      breakdown = nil
      goOn(after: broken)
    } else if failed {
      finished = true
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
    lineBase = 0
    return true
  }

  /// The line in the file of line `raw` as libxml2 counts it.
  func fileLine(_ raw: Int32) -> Int { max(lineBase + Int(raw), 1) }

  /// Moves libxml2's line count back to 1 once it passes 2³⁰
  /// (``lineRebaseThreshold``), adding the lines to ``lineBase``. It is
  /// called after every push, and no push holds 2³⁰ bytes, so the count
  /// never reaches 2³¹.
  func rebaseLines() {
    guard let parser else { return }
    let raw = mujun_inputLine(parser)
    guard raw > lineRebaseThreshold else { return }
    lineBase += Int(raw) - 1
    mujun_setInputPosition(parser, 1, mujun_inputCol(parser))
  }

  /// Records the failure that ends the document, with the open record,
  /// or, when the reader can go on after it, keeps what it needs to (the
  /// parser is stopped here, in a callback; it goes on once it returns).
  func fail(_ diagnostic: Diagnostic) {
    guard !failed else { return }
    failed = true
    finished = true
    let partial = stack.count > recordLevel ? stack[recordLevel] : nil
    if let broken = breakdown(diagnostic, partial: partial) {
      breakdown = broken
    } else {
      hand(.failure(diagnostic, partial: partial))
    }
    if let parser { mujun_stopParser(parser) }
  }

  /// Where the parser is now.
  func currentLocation() -> SourceLocation {
    guard let parser else { return SourceLocation(file: fileName, line: 1, column: 1) }
    return SourceLocation(
      file: fileName, line: fileLine(mujun_inputLine(parser)),
      column: Int(max(mujun_inputCol(parser), 1)))
  }

  /// Where the start tag that the parser has just read began: libxml2 calls
  /// back with the input at the tag's `>`, so look back to its `<` (an
  /// attribute value cannot hold a raw `<`), counting lines and characters
  /// (``StartTagSpan``).
  func startTagLocation() -> SourceLocation {
    guard let parser, let cur = mujun_inputCur(parser), let base = mujun_inputBase(parser),
      cur >= base
    else { return currentLocation() }
    let here = currentLocation()
    let bytes = UnsafeBufferPointer(start: base, count: cur - base)
    guard let span = StartTagSpan.find(in: bytes, end: bytes.count) else { return here }
    if span.newlines == 0 {
      return SourceLocation(
        file: fileName, line: here.line, column: max(here.column - span.characters - 1, 1))
    }
    // The tag spans lines: its column counts the characters before `<` on its own line.
    return SourceLocation(
      file: fileName, line: here.line - span.newlines, column: span.characters + 1)
  }
}
