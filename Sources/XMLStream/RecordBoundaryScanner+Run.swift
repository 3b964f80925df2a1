extension RecordBoundaryScanner {
  /// A run of plain bytes in one state (see +FastPath.swift), stepped over
  /// a word (8 bytes) at a time, with the column and the last byte in a
  /// start tag counted as the byte-at-a-time scanner counts them.
  struct Run {
    enum Stop: Equatable {
      /// `pos` is at a byte that is not plain.
      case byte
      /// Fewer than 8 bytes are left from `pos`.
      case tail
      /// The word at `pos`, in a start tag, holds a `'`: go on with
      /// ``skip()``.
      case apostrophe
    }

    let raw: UnsafeRawPointer
    let count: Int
    var pos: Int
    var state: State
    var column: Int
    var lastInTag: UInt8

    /// The 8 bytes at `index`: byte `index + i` is bits 8i..<8i+8, on any
    /// machine.
    @inline(__always)
    private func word(at index: Int) -> UInt64 {
      UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }

    /// Marks (``ScanWord``) the bytes that end a run in every state: the
    /// control bytes (newlines, CRs, tabs and the rare others, all left to
    /// ``RecordBoundaryScanner/step(_:at:state:depth:lastInTag:)``) and the
    /// bytes that are not UTF-8. So a run holds no white space but spaces.
    @inline(__always)
    private static func alwaysStops(_ word: UInt64, ascii: Bool) -> UInt64 {
      let stops = ScanWord.controls(word)
      return ascii ? stops : stops | ScanWord.notUTF8(word)
    }

    /// The columns of the bytes of `word` marked in `bytes` (whole bytes,
    /// ``ScanWord/firstBytes(_:)``): one for each but the continuation
    /// bytes.
    @inline(__always)
    private static func columns(_ word: UInt64, _ bytes: UInt64, length: Int, ascii: Bool) -> Int {
      ascii ? length : length - ScanWord.count(ScanWord.continuationBytes(word) & bytes)
    }

    /// Steps over the plain bytes in the current state, which is not
    /// `.text` at depth 0.
    mutating func skip() -> Stop {
      // Kept in registers in the loop (not in `self`, in memory, where each
      // word would wait for the last one's store), and stored on the way out.
      var (pos, column, lastInTag) = (self.pos, self.column, self.lastInTag)
      defer { (self.pos, self.column, self.lastInTag) = (pos, column, lastInTag) }
      while count - pos >= 8 {
        let word = word(at: pos)
        let ascii = word & ScanWord.highBits == 0
        var stop = Self.alwaysStops(word, ascii: ascii)
        switch state {
        case .text:
          stop |= ScanWord.matching(word, ScanWord.lessThan)
        case .quoted(let quote):
          stop |= ScanWord.matching(word, ScanWord.repeating(quote))
        case .startTag:
          stop |=
            ScanWord.angleBrackets(word) | ScanWord.matching(word, ScanWord.quote)
            | ScanWord.matching(word, ScanWord.apostrophe)
        case .endTag:
          stop |= ScanWord.angleBrackets(word)
        case .comment:
          stop |= ScanWord.matching(word, ScanWord.dash)
        case .cdata:
          stop |= ScanWord.matching(word, ScanWord.closeBracket)
        case .processingInstruction:
          stop |= ScanWord.matching(word, ScanWord.question)
        }
        // The run is the bytes before the first stop: the lowest set bit is
        // bit 8i+7 of the first stop byte i, so 8i+7 zero bits are below
        // it; no stop at all gives 64 zero bits, a run of all 8 bytes.
        let length = stop.trailingZeroBitCount / 8
        let inRun = ScanWord.firstBytes(length)
        if case .startTag = state {
          // The last byte that is not white space (only spaces get here).
          let solid = ~ScanWord.matching(word, ScanWord.space) & ScanWord.highBits & inRun
          ScanWord.last(of: word, in: solid, into: &lastInTag)
        }
        if stop == 0 {
          // A constant step, so that the next load need not wait for this
          // word's stops: the processor runs ahead.
          column += Self.columns(word, ScanWord.highBits, length: 8, ascii: ascii)
          pos += 8
        } else {
          column += Self.columns(word, inRun, length: length, ascii: ascii)
          pos += length
          return .byte
        }
      }
      return .tail
    }

    /// Steps over the plain bytes and the newlines in text (not at depth
    /// 0), up to a byte that is not plain.
    mutating func skipText(line: inout Int) -> Stop {
      var (pos, column, lines) = (self.pos, self.column, line)
      defer { (self.pos, self.column, line) = (pos, column, lines) }
      while count - pos >= 8 {
        let word = word(at: pos)
        let ascii = word & ScanWord.highBits == 0
        // Newlines do not stop the run here: they are counted in it.
        let newlines = ScanWord.matching(word, ScanWord.newline)
        var stop = ScanWord.controls(word) ^ newlines | ScanWord.matching(word, ScanWord.lessThan)
        if !ascii { stop |= ScanWord.notUTF8(word) }
        let length = stop.trailingZeroBitCount / 8
        let inRun = ScanWord.firstBytes(length)
        let breaks = newlines & inRun
        if breaks == 0 {
          column += Self.columns(word, inRun, length: length, ascii: ascii)
        } else {
          // A line for each newline; the column is 1 and the characters
          // after the last one: its top bit is bit 8i+7, the highest set,
          // and the bytes after it are i + 1..<length.
          lines += ScanWord.count(breaks)
          let last = (63 - breaks.leadingZeroBitCount) / 8
          let after = inRun & ~ScanWord.firstBytes(last + 1)
          column = 1 + Self.columns(word, after, length: length - last - 1, ascii: ascii)
        }
        if stop == 0 {
          pos += 8
        } else {
          pos += length
          return .byte
        }
      }
      return .tail
    }

    /// Steps over the plain bytes of a start tag (`inQuotes`: in a value
    /// quoted with `"`), and over its `"`-quoted values, up to a byte that
    /// is not plain in the state it is in, or a word that holds a `'`.
    mutating func skipInTag(inQuotes: Bool) -> Stop {
      let entry = self.pos
      var (pos, column) = (self.pos, self.column)
      // All bytes' marks when in a value, for flipping the word's own.
      var carry = inQuotes ? ScanWord.highBits : 0
      defer {
        (self.pos, self.column) = (pos, column)
        state = carry == 0 ? .startTag : .quoted(ScanWord.quoteByte)
        lastInTag = lastInTag(from: entry, to: pos, inQuotes: carry != 0)
      }
      while count - pos >= 8 {
        let word = word(at: pos)
        guard ScanWord.matching(word, ScanWord.apostrophe) == 0 else { return .apostrophe }
        let ascii = word & ScanWord.highBits == 0
        // The bytes inside quotes, from an opening `"` to just before its
        // closing `"`, as if no value began before; flipped if one did.
        let parity = ScanWord.prefixParity(ScanWord.matching(word, ScanWord.quote))
        let inside = parity ^ carry
        let stop = Self.alwaysStops(word, ascii: ascii) | ScanWord.angleBrackets(word) & ~inside
        if stop == 0 {
          // An odd number of quotes in the word (its last byte's parity,
          // bit 63) flips in or out of a value: kept apart from `inside`,
          // so that the next word does not wait for this one's.
          carry ^= (parity >> 63) &* ScanWord.highBits
          column += Self.columns(word, ScanWord.highBits, length: 8, ascii: ascii)
          pos += 8
          continue
        }
        let length = stop.trailingZeroBitCount / 8
        // In a value after the run's last byte, bit 8(length - 1) + 7.
        if length > 0 { carry = (inside >> (8 * length - 1) & 1) &* ScanWord.highBits }
        column += Self.columns(word, ScanWord.firstBytes(length), length: length, ascii: ascii)
        pos += length
        return .byte
      }
      return .tail
    }

    /// The last byte outside quotes (a quote counts as outside) that is
    /// not white space, after the tag's bytes `entry..<end` were stepped
    /// over; `lastInTag` when there is none. Found from the end: out of a
    /// value at `end`, it is the last byte that is not a space (the only
    /// white space in a run), as one in a value is followed by its closing
    /// quote; in a value, the `"` that opened it, unless that is before
    /// `entry`.
    private func lastInTag(from entry: Int, to end: Int, inQuotes: Bool) -> UInt8 {
      var index = end
      while index > entry {
        index -= 1
        let byte = raw.load(fromByteOffset: index, as: UInt8.self)
        if inQuotes ? byte == ScanWord.quoteByte : byte != ScanWord.spaceByte { return byte }
      }
      return lastInTag
    }
  }
}
