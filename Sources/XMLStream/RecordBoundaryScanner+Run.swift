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

    /// The 8 bytes at `pos`: byte `pos + i` is bits 8i..<8i+8, on any
    /// machine.
    @inline(__always)
    private var word: UInt64 {
      UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: pos, as: UInt64.self))
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

    /// Counts the first `length` bytes of `word`: a column for each but the
    /// continuation bytes.
    @inline(__always)
    private mutating func count(_ length: Int, of word: UInt64, ascii: Bool) {
      column +=
        ascii
        ? length
        : length - ScanWord.count(ScanWord.continuationBytes(word) & ScanWord.firstBytes(length))
      pos += length
    }

    /// Counts all 8 bytes of `word`. Kept apart from ``count(_:of:ascii:)``
    /// so that the next load's index is a constant step the processor can
    /// run ahead on, not one that waits for this word's stops.
    @inline(__always)
    private mutating func countWhole(_ word: UInt64, ascii: Bool) {
      column += ascii ? 8 : 8 - ScanWord.count(ScanWord.continuationBytes(word))
      pos += 8
    }

    /// Steps over the plain bytes in the current state, which is not
    /// `.text` at depth 0.
    mutating func skip() -> Stop {
      while count - pos >= 8 {
        let word = self.word
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
        if case .startTag = state {
          // The last byte that is not white space (only spaces get here).
          let solid =
            ~ScanWord.matching(word, ScanWord.space) & ScanWord.highBits
            & ScanWord.firstBytes(length)
          ScanWord.last(of: word, in: solid, into: &lastInTag)
        }
        if stop == 0 {
          countWhole(word, ascii: ascii)
        } else {
          count(length, of: word, ascii: ascii)
          return .byte
        }
      }
      return .tail
    }

    /// Steps over the plain bytes of a start tag (`inQuotes`: in a value
    /// quoted with `"`), and over its `"`-quoted values, up to a byte that
    /// is not plain in the state it is in, or a word that holds a `'`.
    mutating func skipInTag(inQuotes: Bool) -> Stop {
      var inQuotes = inQuotes
      while count - pos >= 8 {
        let word = self.word
        guard ScanWord.matching(word, ScanWord.apostrophe) == 0 else {
          state = inQuotes ? .quoted(ScanWord.quoteByte) : .startTag
          return .apostrophe
        }
        let ascii = word & ScanWord.highBits == 0
        // The bytes inside quotes, from an opening `"` to just before its
        // closing `"`; all of them flipped when a value began before.
        let quotes = ScanWord.matching(word, ScanWord.quote)
        let inside = ScanWord.prefixParity(quotes) ^ (inQuotes ? ScanWord.highBits : 0)
        let stop = Self.alwaysStops(word, ascii: ascii) | ScanWord.angleBrackets(word) & ~inside
        let length = stop.trailingZeroBitCount / 8
        let inRun = ScanWord.firstBytes(length)
        // The last byte outside quotes (the quotes count as outside) that
        // is not white space (only spaces get here).
        let solid =
          ~ScanWord.matching(word, ScanWord.space) & (~inside | quotes) & ScanWord.highBits & inRun
        ScanWord.last(of: word, in: solid, into: &lastInTag)
        if stop == 0 {
          // In a value after the word's last byte, bit 63.
          inQuotes = inside >> 63 != 0
          countWhole(word, ascii: ascii)
          continue
        }
        // In a value after the run's last byte, bit 8(length - 1) + 7.
        if length > 0 { inQuotes = inside >> (8 * length - 1) & 1 != 0 }
        state = inQuotes ? .quoted(ScanWord.quoteByte) : .startTag
        count(length, of: word, ascii: ascii)
        return .byte
      }
      state = inQuotes ? .quoted(ScanWord.quoteByte) : .startTag
      return .tail
    }
  }
}
