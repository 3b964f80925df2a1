#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension RecordChunker {
  /// Cuts before the first record start tag (``RecordStart``: `<` and the
  /// records' name) at least `chunkSize` bytes into the chunk, found by
  /// looking for the name's bytes alone, not by scanning every byte for
  /// markup. With the mutex held.
  ///
  /// The cut is checked by the reading of the chunk before it, not here: a
  /// chunk ends just before a record only if its reader reads it to its end
  /// with nothing left open. The direct reader (``FastRecordParser``) reads
  /// a chunk to its end only as whole records with white space between
  /// them, and libxml2, which reads any other chunk, fails in the made-up
  /// end tag after a chunk that ends inside a comment, CDATA section,
  /// processing instruction or record; that chunk is then read again to
  /// the end of the file, as the sequential reader reads it (``ChunkPlan``).
  /// The first chunk begins right after the root's start tag, so by
  /// induction every chunk that is read begins at a record.
  ///
  /// Not cut: before a record on the first line or beyond column
  /// ``RecordBoundaryScanner/widestCut``, nor after a carriage return not
  /// followed by `\n`, nor past ``lookahead`` (the rest of the file is then
  /// the last chunk).
  ///
  /// Why: scanning every byte for markup took 10% of a batch run's
  /// instructions, under the mutex (callgrind, release, 10k parcels:
  /// 334 M of 3,242 M); cutting now takes 17 M. See BENCHMARKS.md,
  /// 2026-12-06.
  func cut(atRecordNamed name: [UInt8]) -> RecordChunk {
    var from = chunkSize
    while true {
      let found = buffer.withUnsafeBufferPointer { bytes in
        Self.recordStart(in: bytes, from: from, name: name, atEnd: atEnd)
      }
      switch found {
      case .found(let at):
        let position = buffer.withUnsafeBufferPointer { bytes in
          lines.count(bytes, to: at)
          return place(of: at, in: bytes)
        }
        if lines.loneCarriageReturn != nil { return last() }
        guard let position else {
          from = at + 1
          continue
        }
        // The chunk keeps the buffer's memory, cut short; the bytes after
        // it (a few kB read ahead) are copied to a new buffer.
        let rest = Self.array(buffer[at...], room: 0)
        buffer.removeLast(buffer.count - at)
        let chunk = RecordChunk(
          index: nextIndex, isLast: false, bytes: buffer, offset: bufferOffset, line: chunkLine,
          column: chunkColumn)
        buffer = rest
        bufferOffset += at
        (chunkLine, chunkColumn) = position
        lines.reset()
        return chunk
      case .needMore(let next):
        guard !atEnd, buffer.count < lookahead else { return last() }
        from = next
        guard readMore() else { return last() }  // the last reader meets the error
      case .none:
        return last()
      }
    }
  }

  /// Reads the next block of the file after the buffer's bytes, straight
  /// into a buffer made for both; false when the file cannot be read.
  private func readMore() -> Bool {
    let want = max(chunkSize, 64 * 1024)
    var read: Int?
    let offset = bufferOffset + buffer.count
    buffer = Self.array(buffer[...], room: want) { memory in
      read = input.read(at: offset, into: memory)
      return read ?? 0
    }
    guard let read else { return false }
    atEnd = read == 0
    return true
  }

  /// An array of `bytes`, with `room` bytes more that `fill` fills (it
  /// returns how many it filled), made without setting its bytes first.
  /// (Copying whole chunks element by element, `Array(slice)` and
  /// `append(contentsOf:)`, and reading into zeroed blocks, was 2% of a
  /// batch run's instructions: callgrind, release, 10k parcels, 59 M of
  /// 3,022 M.)
  static func array(
    _ bytes: ArraySlice<UInt8>, room: Int,
    fill: (UnsafeMutableBufferPointer<UInt8>) -> Int = { _ in 0 }
  ) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: bytes.count + room) { memory, count in
      bytes.withUnsafeBufferPointer { from in
        if let source = from.baseAddress, let target = memory.baseAddress {
          target.update(from: source, count: from.count)
        }
      }
      let filled = fill(UnsafeMutableBufferPointer(rebasing: memory[bytes.count...]))
      count = bytes.count + filled
    }
  }

  enum Found: Equatable {
    case found(Int)
    /// Give more bytes, and look again from this index.
    case needMore(Int)
    /// None to the end of the file.
    case none
  }

  /// The first record start tag at `from` or after.
  static func recordStart(
    in bytes: UnsafeBufferPointer<UInt8>, from: Int, name: [UInt8], atEnd: Bool
  ) -> Found {
    guard let base = bytes.baseAddress else { return atEnd ? .none : .needMore(from) }
    var index = from
    while index < bytes.count,
      let found = memchr(base + index, Int32(UInt8(ascii: "<")), bytes.count - index)
    {
      let at = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
      switch RecordStart.matches(bytes, at: at, name: name) {
      case true?: return .found(at)
      case nil: return atEnd ? .none : .needMore(at)
      case false?: index = at + 1
      }
    }
    return atEnd ? .none : .needMore(max(from, bytes.count))
  }

  /// The line and column of the byte at `at` (counted up to it), or nil
  /// when a chunk may not begin there (line 1, or past the widest cut).
  private func place(of at: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (
    line: Int, column: Int
  )? {
    let line = chunkLine + lines.newlines
    guard line >= 2 else { return nil }
    // Columns count characters: UTF-8 continuation bytes do not count.
    let lineStart = lines.lastNewline.map { $0 + 1 } ?? 0
    var column = lines.lastNewline == nil ? chunkColumn : 1
    for index in lineStart..<at where bytes[index] & 0xC0 != 0x80 {
      column += 1
      if column > RecordBoundaryScanner.widestCut { return nil }
    }
    return (line, column)
  }
}
