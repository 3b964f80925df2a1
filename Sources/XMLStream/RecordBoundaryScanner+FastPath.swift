/// The scanner's fast path: runs of plain bytes stepped over eight at a
/// time, and the few common steps between states that cannot give an event.
///
/// A byte is *plain* in a state when the byte-at-a-time scanner only counts
/// it: no change of state or depth, no event, and the column up by one
/// unless it is a UTF-8 continuation byte. In text between tags that is
/// every byte but `<`; in a quoted value every byte but its quote; in a
/// start tag every byte but `>`, `"`, `'` and `<`; in an end tag every byte
/// but `>` and `<`; in a comment, CDATA section or processing instruction
/// every byte but `-`, `]` or `?`. In every state, a newline (`\n`, or CR
/// LF) only counts a line and sets the column back to 1, a lone CR and the
/// bytes that are not UTF-8 (0xC0, 0xC1, 0xF5...0xFF) are surprises.
///
/// Everything here is done exactly as the byte-at-a-time scanner in
/// ``scan(_:from:cutFrom:atEnd:)`` does it, which goes on from where this
/// stops with the same state, depth, line, column and last byte in a tag.
extension RecordBoundaryScanner {
  /// Steps over bytes from `start` while 8 are left to load; returns the
  /// index of the first byte left to the byte-at-a-time scanner.
  static func skipPlain(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, state stateIn: inout State,
    depth depthIn: inout Int, line lineIn: inout Int, column columnIn: inout Int,
    lastInTag lastInTagIn: inout UInt8
  ) -> Int {
    guard let base = bytes.baseAddress else { return start }
    var run = Run(
      raw: UnsafeRawPointer(base), count: bytes.count, pos: start, state: stateIn,
      column: columnIn, lastInTag: lastInTagIn)
    var (depth, line) = (depthIn, lineIn)
    defer {
      (stateIn, depthIn, lineIn) = (run.state, depth, line)
      (columnIn, lastInTagIn) = (run.column, run.lastInTag)
    }
    while run.count - run.pos >= 8 {
      let stop: Run.Stop
      if let inQuotes = doubleQuoted(run.state) {
        stop = run.skipInTag(inQuotes: inQuotes)
      } else if case .text = run.state {
        // Before the root only white space may come: left to the scanner.
        guard depth != 0 else { return run.pos }
        stop = run.skipText(line: &line)
      } else {
        stop = run.skip()
      }
      switch stop {
      case .tail: return run.pos
      case .apostrophe: if run.skip() == .tail { return run.pos }
      case .byte: break
      }
      guard
        let next = step(
          bytes, at: run.pos, state: &run.state, depth: &depth, lastInTag: &run.lastInTag)
      else { return run.pos }
      if next.newline {
        line += 1
        run.column = 1
      } else {
        run.column += next.length
      }
      run.pos += next.length
    }
    return run.pos
  }

  /// In a start tag: whether in a value quoted with `"`; nil elsewhere.
  @inline(__always)
  private static func doubleQuoted(_ state: State) -> Bool? {
    switch state {
    case .startTag: false
    case .quoted(ScanWord.quoteByte): true
    default: nil
    }
  }

  /// The byte at `index`, which ended a run, when it is a newline or one of
  /// the common steps between states that cannot give an event: how many
  /// bytes it steps over, and whether that is a newline. Nil, and nothing
  /// changed, for anything else.
  @inline(__always)
  private static func step(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, state: inout State, depth: inout Int,
    lastInTag: inout UInt8
  ) -> (length: Int, newline: Bool)? {
    let byte = bytes[index]
    let following: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
    if byte == ScanWord.newlineByte { return (1, true) }
    // A tab is white space, plain in every state here.
    if byte == ScanWord.tabByte { return (1, false) }
    // CR LF counts as one newline (the CR counts a column, then the LF sets
    // the column back to 1).
    if byte == ScanWord.carriageReturnByte {
      return following == ScanWord.newlineByte ? (2, true) : nil
    }
    switch state {
    case .startTag where byte == ScanWord.quoteByte || byte == ScanWord.apostropheByte:
      state = .quoted(byte)
      lastInTag = byte
    case .quoted(let quote) where byte == quote:
      state = .startTag
    case .startTag where byte == ScanWord.greaterThanByte && depth >= 1:
      // The end of a start tag inside the root: no event at depth 2 or more.
      state = .text
      if lastInTag != ScanWord.slashByte { depth += 1 }
    case .endTag where byte == ScanWord.greaterThanByte && depth >= 2:
      // The end of an end tag inside a record: still inside the root.
      state = .text
      depth -= 1
    case .text where byte == ScanWord.lessThanByte && depth >= 2:
      // A tag inside a record (never a cut, which is at depth 1).
      if following == ScanWord.slashByte {
        state = .endTag
        return (2, false)
      }
      guard let following, isNameStart(following) else { return nil }
      state = .startTag
      lastInTag = 0
    default:
      return nil
    }
    return (1, false)
  }
}
