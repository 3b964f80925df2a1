internal import CLibXML2

/// How a reader reads one chunk of a split file (``RecordChunker``).
///
/// The parser first reads the file's own prologue (XML declaration,
/// comments, the root's start tag with its namespace declarations), byte
/// for byte, so it is in the state the sequential reader is in after the
/// root's start tag. The first chunk follows at once. Before any other, the
/// parser's line is set to the one before the chunk's, and a newline and as
/// many spaces as come before the chunk on its line follow (white space
/// between records, which the reader ignores): the chunk's first byte is
/// then at its own line and column, every line and column libxml2 reports,
/// in messages too, is the file's, and a start tag's column, counted back to
/// the start of its line, comes out right. A chunk that is not the last is
/// closed with a made-up end tag for the root.
///
/// Should the parser fail inside that made-up end tag (the scanner cut
/// where the parser would not have, which only malformed input can cause),
/// the reader starts again where the chunk begins and reads to the end of
/// the file, exactly as the sequential reader would, skipping the records it
/// has already handed out.
struct ChunkPlan {
  var prologue: [UInt8]
  /// Where the chunk begins in the file; nil for the first chunk, which
  /// begins right after the prologue.
  var start: (line: Int, column: Int)?
  /// The made-up end tag of a chunk that is not the last; nil for the last.
  var tail: [UInt8]?
  /// The file from where the chunk begins to its end.
  var rest: ChunkSource
  /// The records' name and namespace, when a chunk may be read without
  /// libxml2 (``FastRecordParser``).
  var shape: RecordShape?
}

extension XMLRecordReader {
  /// A reader for one chunk of a split file.
  convenience init(plan: ChunkPlan, body: ChunkSource, fileName: String) {
    self.init(source: body, fileName: fileName)
    chunk = plan
    if plan.shape != nil, plan.tail != nil, let start = plan.start {
      direct = (0, start.line, start.column)
    }
  }

  enum DirectStep {
    case record(ElementTable)
    case end
    /// libxml2 reads the rest of the chunk, from the end of the last record
    /// handed out.
    case fallBack
  }

  /// The chunk's next record, read without libxml2 while the chunk is
  /// plain (``FastRecordParser``). When the parser declines a record,
  /// libxml2 reads the rest of the chunk, from the end of the record before
  /// it, as it would a chunk cut there.
  func nextDirect() -> DirectStep {
    // The shape alone, not the whole plan: a copy of the plan retained its
    // prologue, its source and more, for every record.
    guard let shape = chunk?.shape, let at = direct, case .bytes(let bytes, offset: 0) = source
    else {
      direct = nil
      return .fallBack
    }
    let (next, position) = bytes.withUnsafeBufferPointer { buffer in
      var parser = FastRecordParser(
        buffer, shape: shape, at: at.offset, line: at.line, column: at.column,
        builder: directBuilder)
      return (parser.next(), parser.position)
    }
    switch next {
    case .record:
      direct = position
      bytesRead = position.offset
      return .record(
        directBuilder.table(bytes: bytes, fileName: fileName, namespaces: directNamespaces))
    case .end:
      direct = nil
      bytesRead = bytes.count
      finished = true
      readDirectly = true
      return .end
    case .declined:
      // libxml2 reads on from the end of the last record read whole, as
      // from the start of a chunk cut there: between records, in the root.
      // (Measured, release, 10k parcels of `mujun sample` with 0.1% broken
      // records, callgrind: 1,929 M instructions in all when it read the
      // chunk again from its start, skipping the records handed out.)
      direct = nil
      source = .bytes(bytes, offset: at.offset)
      bytesRead = at.offset
      declinedAt = (at.line, at.column)
      recordsRead = recordsHandedOut
      return .fallBack
    }
  }

  /// True when this reader reads on to the end of the file (the last chunk,
  /// or a chunk read again after a wrong cut): nothing follows its records.
  public var readsToEndOfFile: Bool { chunk.map { $0.tail == nil } ?? true }

  /// Parses the prologue and moves the position to where the body begins.
  /// False when the prologue did not leave the parser just after the root's
  /// start tag with nothing pending.
  func startChunk() -> Bool {
    guard let plan = chunk else { return false }
    prologue = plan.prologue
    return startParser(prologue: plan.prologue, at: declinedAt ?? plan.start)
  }

  /// A new parser that has read `prologue` and is at `start` in the file
  /// (nil: right after the prologue), as the chunk plan says. When the
  /// column is past ``RecordBoundaryScanner/widestCut`` (a file on one
  /// line), the position is set without padding.
  func startParser(prologue: [UInt8], at start: (line: Int, column: Int)?) -> Bool {
    guard createParser(), let parser else { return false }
    push(prologue, count: prologue.count, terminate: false, atEndOfInput: false, body: false)
    guard !failed, root != nil, stack.count == 1, mujun_inputRemaining(parser) == 0 else {
      return false
    }
    if let start {
      if start.column > RecordBoundaryScanner.widestCut {
        mujun_setInputPosition(parser, libxmlLine(for: start.line), Int32(clamping: start.column))
      } else {
        mujun_setInputPosition(parser, libxmlLine(for: start.line - 1), 1)
        let padding = [UInt8(ascii: "\n")] + [UInt8](repeating: 0x20, count: start.column - 1)
        push(padding, count: padding.count, terminate: false, atEndOfInput: false, body: false)
      }
    }
    if recordName != nil {
      let line = start?.line ?? fileLine(mujun_inputLine(parser))
      let column = start?.column ?? Int(mujun_inputCol(parser))
      history.restart(at: .init(offset: 0, line: line, column: column))
    }
    return !failed
  }

  /// The line to tell libxml2 it is at when it is at `line` of the file:
  /// the line itself while libxml2's `int` holds it with room to spare
  /// (its messages then name the file's lines), else 1, with the lines
  /// before in ``lineBase``.
  func libxmlLine(for line: Int) -> Int32 {
    guard line > Int(lineRebaseThreshold) else {
      lineBase = 0
      return Int32(line)
    }
    lineBase = line - 1
    return 1
  }

  /// The next piece of a chunk through the parser.
  func feedChunk() {
    guard let plan = chunk else { return }
    if parser == nil {
      guard startChunk() else {
        // The chunker checked this very prologue; it cannot happen.
        if !failed { fail(Diagnostic(at: currentLocation(), "cannot restart the parser")) }
        return
      }
    }
    guard let tail = plan.tail else { return feed() }
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    switch readBody(into: &buffer) {
    case .success(let count) where count > 0:
      push(buffer, count: count, terminate: false, atEndOfInput: false, body: true)
    case .success:
      push(tail, count: tail.count, terminate: true, atEndOfInput: false, body: false)
      if failed {
        readAgainToTheEnd(plan)
      } else {
        finished = true
      }
    case .failure:
      // The bytes are in memory; this cannot happen, but be exact anyway.
      readAgainToTheEnd(plan)
    }
  }

  /// Starts the chunk again as the last one, reading on to the end of the
  /// file; the records already handed out are skipped.
  private func readAgainToTheEnd(_ plan: ChunkPlan) {
    if let parser { xmlFreeParserCtxt(parser) }
    parser = nil
    stack = []
    heldSpace.reset()
    pending = []
    nameCache.reset()
    failed = false
    finished = false
    carry = []
    endBreak = nil
    resumed = false
    bodyBytesPushed = 0
    recordsRead = 0
    bytesRead = 0
    declinedAt = nil
    source = plan.rest
    var last = plan
    last.tail = nil
    chunk = last
  }

  /// The root element a prologue opens, when a chunk can start after it.
  static func rootOfPrologue(_ prologue: [UInt8], fileName: String) -> XMLElement? {
    let plan = ChunkPlan(prologue: prologue, start: nil, tail: nil, rest: .bytes([], offset: 0))
    let reader = XMLRecordReader(plan: plan, body: .bytes([], offset: 0), fileName: fileName)
    return reader.startChunk() ? reader.root : nil
  }
}
