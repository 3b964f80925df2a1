/// The input's bytes a parser has been given since the start of the record
/// it is in (or since it started, before any record), so that a reader
/// going on after a broken record can count where the next record begins
/// from a position it can trust.
///
/// libxml2's own line and column when it stops at an error are not always
/// those of the byte it stopped at (it may report the line after a newline
/// it has not yet stepped past), and may differ with how the input was
/// pushed to it; the start of a record's tag is a position it always gets
/// right. The blocks are the very arrays pushed (no copies); those before
/// the anchor's block are let go, so at most a record's bytes and a block
/// are kept (and nothing past ``limit``: then no position is known).
struct BodyHistory {
  /// Where counting starts: an offset in the body and its position.
  struct Anchor {
    var offset: Int
    var line: Int
    var column: Int
  }

  private var blocks: [(offset: Int, bytes: [UInt8], count: Int)] = []
  private(set) var anchor: Anchor?
  private var kept = 0
  /// More bytes than this since the anchor (a huge record): no position.
  static let limit = 64 << 20

  /// Forgets everything: a new parser starts at `anchor`.
  mutating func restart(at anchor: Anchor?) {
    blocks = []
    kept = 0
    self.anchor = anchor
  }

  /// `count` bytes of `bytes`, pushed at `offset` of the body.
  mutating func append(_ bytes: [UInt8], count: Int, at offset: Int) {
    guard anchor != nil, count > 0 else { return }
    blocks.append((offset, bytes, count))
    kept += count
    if kept > Self.limit { restart(at: nil) }
  }

  /// A record's start tag begins at `offset`, at this position.
  mutating func moveAnchor(to anchor: Anchor) {
    self.anchor = anchor
    var drop = 0
    while drop < blocks.count, blocks[drop].offset + blocks[drop].count <= anchor.offset {
      kept -= blocks[drop].count
      drop += 1
    }
    if drop > 0 { blocks.removeFirst(drop) }
  }

  /// The bytes from `start` to `end` (offsets in the body); nil when they
  /// are not all kept.
  func bytes(from start: Int, to end: Int) -> [UInt8]? {
    guard let anchor, start >= anchor.offset, end >= start else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(end - start)
    var at = start
    for block in blocks where block.offset + block.count > at && at < end {
      guard block.offset <= at else { return nil }
      let stop = min(block.count, end - block.offset)
      out += block.bytes[(at - block.offset)..<stop]
      at = block.offset + stop
    }
    return at == end ? out : nil
  }

  /// The position of the byte at `offset`, counted from the anchor as
  /// libxml2 counts (``RecordSearch``); nil when the bytes are not kept.
  func position(at offset: Int) -> (line: Int, column: Int)? {
    guard let anchor, offset >= anchor.offset else { return nil }
    var search = RecordSearch(name: [], line: anchor.line, column: anchor.column)
    var at = anchor.offset
    for block in blocks where block.offset + block.count > at && at < offset {
      guard block.offset <= at else { return nil }
      let end = min(block.count, offset - block.offset)
      block.bytes.withUnsafeBufferPointer { buffer in
        for index in (at - block.offset)..<end { search.count(buffer[index]) }
      }
      at = block.offset + end
    }
    guard at == offset else { return nil }
    return (search.line, search.column)
  }
}
