internal import CLibXML2

/// Going on after a broken record.
///
/// libxml2 cannot go on after an error in a document that is not
/// well-formed (nor should it guess). A reader that knows its records'
/// name (``XMLRecordReader/recordName``) instead keeps the bytes the parser
/// had not read when it stopped, looks from the error on for the next
/// `<recordName` (``RecordStart``), and starts a new parser there, as a
/// chunk of a split file is started: the file's prologue, then the record
/// at its own line and column. The bytes in between are skipped and the
/// event says so (``XMLEvent/broken(_:partial:resumedAt:)``).
///
/// A chunk's reader looks only as far as its chunk's end, which is itself
/// such a start tag (the chunker cuts only there when the name is known),
/// and a one-thread reader looks on into the next chunk's bytes and stops
/// at the same start tag at the latest: both skip the same bytes, so a file
/// gives the same events however it is cut.
///
/// Not gone on after: an error before the root's start tag is read or
/// after its end tag, one at the end of the input with no record after it
/// (a file cut off), a read error, an error in a chunk's made-up end tag
/// (the chunk is then read again to the end of the file), or input in
/// another encoding than UTF-8 (libxml2's positions are then not the
/// file's bytes).
extension XMLRecordReader {
  /// What a stopped parser left: the error, the open record, the bytes not
  /// read yet and where they begin.
  struct Breakdown {
    var diagnostic: Diagnostic
    var partial: XMLElement?
    var rest: [UInt8]
    var line: Int
    var column: Int
    /// The parser had read nothing since it started at a record the reader
    /// went on at: look from the next byte, or it would start there again.
    var atResumePoint: Bool
    /// The error came at the end of the input (a cut-off file, or a
    /// construct left open to the end, such as a processing instruction
    /// that swallowed the records after it).
    var atEndOfInput: Bool
  }

  /// What to go on after `diagnostic` with, when the reader can.
  func breakdown(_ diagnostic: Diagnostic, partial: XMLElement?) -> Breakdown? {
    guard recordName != nil, recordLevel == 1, pushingBody, root != nil, !stack.isEmpty,
      prologue != nil, let parser, mujun_hasEncoder(parser) == 0,
      let cur = mujun_inputCur(parser), let end = mujun_inputEnd(parser), end >= cur
    else { return nil }
    var rest = Array(UnsafeBufferPointer(start: cur, count: end - cur))
    if heldBackCR { rest.append(UInt8(ascii: "\r")) }
    let consumed = bodyBytesPushed - rest.count
    if atEndOfInput, let anchor = history.anchor,
      let swallowed = history.bytes(from: anchor.offset + 1, to: consumed),
      let position = history.position(at: anchor.offset + 1)
    {
      // At the end, libxml2 may have read everything into markup left open
      // (a comment, a processing instruction): look again from just after
      // the last record's `<`, so the records it swallowed are read.
      return Breakdown(
        diagnostic: diagnostic, partial: partial, rest: swallowed + rest,
        line: position.line, column: position.column, atResumePoint: false,
        atEndOfInput: true)
    }
    // Counted from the last record's start tag; libxml2's own position is
    // the fallback (a record too big to keep).
    let position =
      history.position(at: consumed)
      ?? (fileLine(mujun_inputLine(parser)), Int(max(mujun_inputCol(parser), 1)))
    return Breakdown(
      diagnostic: diagnostic, partial: partial, rest: rest,
      line: position.line, column: position.column,
      atResumePoint: resumed && consumed <= 0, atEndOfInput: atEndOfInput)
  }

  /// The prologue of a one-thread reader, when the root's start tag has
  /// just been read: the bytes to its `>`, where the parser is now.
  func capturedPrologue() -> [UInt8]? {
    guard let parser, mujun_hasEncoder(parser) == 0 else { return nil }
    let remaining = mujun_inputRemaining(parser)
    guard remaining >= 0 else { return nil }
    let end = bodyBytesPushed - (heldBackCR ? 1 : 0) - remaining + 1
    guard end > 0, end <= prologueCapture.count,
      prologueCapture[end - 1] == UInt8(ascii: ">")
    else { return nil }
    defer { prologueCapture = [] }
    return Array(prologueCapture[..<end])
  }

  /// Skips to the next record after a broken one and starts a new parser
  /// there; the event says where (or that nothing followed).
  func goOn(after broken: Breakdown) {
    guard let recordName, let prologue else { return }
    if let parser { xmlFreeParserCtxt(parser) }
    parser = nil
    stack = []
    heldSpace.reset()
    nameCache.reset()
    failed = false
    finished = false
    var search = RecordSearch(
      name: Array(recordName.utf8), line: broken.line, column: broken.column)
    var found = search.look(in: broken.rest, from: broken.atResumePoint ? 1 : 0)
    var readError: String?
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while found == nil, !search.ended {
      switch readBody(into: &buffer) {
      case .success(let count):
        found = search.look(in: Array(buffer[..<count]), from: 0, atEnd: count == 0)
      case .failure(let reason):
        readError = reason
        search.ended = true
      }
    }
    if broken.atEndOfInput, let deferred = endBreak, found == nil || found?.offset == 0 {
      // The parser started after the last end-of-input error read nothing
      // before the end again: that error was the file breaking off, and is
      // told as it was first met (as by a reader whose chunk began here).
      endBreak = nil
      finished = true
      pending.append(deferred.failure)
      return
    }
    guard let found else {
      finished = true
      if broken.atEndOfInput, readError == nil {
        // The file ends inside a record and no record follows: cut off.
        hand(.failure(broken.diagnostic, partial: broken.partial))
        return
      }
      // Nothing follows in this input: a chunk's next chunk begins where
      // its bytes end (at a record, as a one-thread reader would find).
      let next = chunk?.tail != nil && readError == nil
      hand(
        .broken(
          broken.diagnostic, partial: broken.partial,
          resumedAt: next ? location(search.line, search.column) : nil))
      if let readError {
        hand(
          .failure(
            Diagnostic(
              at: location(search.line, search.column), "cannot read the file: \(readError)"),
            partial: nil))
      }
      return
    }
    let at = location(found.line, found.column)
    var diagnostic = broken.diagnostic
    if broken.atEndOfInput {
      // Not a cut-off file, as the message at the end says: records follow.
      diagnostic = Diagnostic(
        at: diagnostic.location,
        "the parser read to the end of the file inside markup left open in the record before (a comment, CDATA section or processing instruction that is never closed?); close it"
      )
    }
    let event = XMLEvent.broken(diagnostic, partial: broken.partial, resumedAt: at)
    if broken.atEndOfInput {
      // Told once the new parser reads something; see `endBreak`.
      if let deferred = endBreak { pending.append(deferred.event) }
      endBreak = (event, .failure(broken.diagnostic, partial: broken.partial))
    } else {
      hand(event)
    }
    // Bytes read ahead before and not yet parsed follow the found ones.
    carry = found.bytes + carry
    bytesRead -= found.bytes.count  // counted when first read
    bodyBytesPushed = 0
    resumed = true
    guard startParser(prologue: prologue, at: (found.line, found.column)) else {
      // The same prologue started a parser before; this cannot happen.
      if !failed { fail(Diagnostic(at: at, "cannot restart the parser")) }
      return
    }
  }

  /// A record's start tag has just been read, at `location`: counting
  /// positions starts there from now on.
  func noteRecordStart(at location: SourceLocation) {
    guard recordName != nil, history.anchor != nil, let parser,
      let cur = mujun_inputCur(parser), let base = mujun_inputBase(parser)
    else { return }
    let remaining = mujun_inputRemaining(parser)
    guard remaining >= 0 else { return }
    var p = cur
    while p > base, p.pointee != UInt8(ascii: "<") { p -= 1 }
    guard p.pointee == UInt8(ascii: "<") else { return }
    let offset = bodyBytesPushed - (heldBackCR ? 1 : 0) - remaining - (cur - p)
    history.moveAnchor(
      to: BodyHistory.Anchor(offset: offset, line: location.line, column: location.column))
  }

  /// Hands `event` out, after a broken record held back until now
  /// (``endBreak``).
  func hand(_ event: XMLEvent) {
    if let deferred = endBreak {
      pending.append(deferred.event)
      endBreak = nil
    }
    pending.append(event)
  }

  func location(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(file: fileName, line: line, column: column)
  }

  /// The next bytes of the input: first those read ahead while looking for
  /// a record, then the source's.
  func readBody(into buffer: inout [UInt8]) -> ChunkSource.ReadResult {
    if !carry.isEmpty {
      let count = min(buffer.count, carry.count)
      buffer.withUnsafeMutableBufferPointer { target in
        carry.withUnsafeBufferPointer { from in
          target.baseAddress!.update(from: from.baseAddress!, count: count)
        }
      }
      carry.removeFirst(count)
      bytesRead += count
      return .success(count)
    }
    let result = source.read(into: &buffer)
    if case .success(let count) = result { bytesRead += count }
    return result
  }
}

/// Looks through bytes, block after block, for the next record's start
/// tag, counting lines and columns as libxml2 does (a line ends at `\n`;
/// every other character, a carriage return too, is a column; UTF-8
/// continuation bytes are not).
struct RecordSearch {
  let name: [UInt8]
  var line: Int
  var column: Int
  /// The last bytes of a block, when a start tag may go on into the next.
  private var held: [UInt8] = []
  /// Bytes looked through before the current block (held ones not counted).
  private var passed = 0
  var ended = false

  init(name: [UInt8], line: Int, column: Int) {
    self.name = name
    self.line = line
    self.column = column
  }

  /// The start tag and the bytes from it on, with its position; nil when
  /// `block` (after any held bytes) holds none. `atEnd`: no bytes follow.
  mutating func look(in block: [UInt8], from start: Int, atEnd: Bool = false) -> (
    line: Int, column: Int, bytes: [UInt8], offset: Int
  )? {
    let bytes = held + block
    let base = passed - held.count
    held = []
    passed = base + bytes.count
    if atEnd { ended = true }
    return bytes.withUnsafeBufferPointer { buffer in
      var index = min(start, buffer.count)
      // Count the bytes skipped by `start` too.
      for skipped in 0..<index { count(buffer[skipped]) }
      while index < buffer.count {
        switch RecordStart.matches(buffer, at: index, name: name) {
        case true?: return (line, column, Array(buffer[index...]), base + index)
        case nil where !atEnd:
          held = Array(buffer[index...])
          return nil
        case false?, nil: break
        }
        count(buffer[index])
        index += 1
      }
      return nil
    }
  }

  mutating func count(_ byte: UInt8) {
    if byte == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1
    }
  }
}
