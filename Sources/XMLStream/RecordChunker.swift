#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Cuts a document of records into chunks of whole records, so that
/// several threads can parse one file, each chunk with a parser of its own
/// (``reader(for:)``), and their records be put back in input order.
///
/// Chunks are cut just before the start tag of a child of the root, once a
/// chunk holds at least `chunkSize` bytes. When the reader knows the
/// records' name, the cut is made before the first `<recordName` found,
/// and the reading of the chunk before it checks that it was a record's
/// start (+Cut.swift); otherwise every byte is scanned for markup
/// (``RecordBoundaryScanner``). Each
/// is numbered from 0; ``chunk(_:)`` hands each number out once, and a
/// chunk asked for early is kept until it is taken, so memory holds only
/// the chunks being parsed and the few asked for ahead of their turn.
///
/// There is no chunker (``XMLRecordReader/chunker(chunkSize:)`` returns
/// nil, and the file is read sequentially) when the prologue is unusual:
/// a byte-order mark or anything before `<`, an encoding other than UTF-8,
/// a `DOCTYPE`, a prologue over 1 MB, an empty root element, or a prologue
/// libxml2 does not leave exactly after the root's start tag. Once cutting
/// has begun, any surprise of the scanner (see ``RecordBoundaryScanner``)
/// or the root's end tag, or with a known record name a carriage return
/// not followed by `\n`, makes the next chunk the last: it is read from its
/// start to the end of the file, as the sequential reader would.
///
/// `@unchecked Sendable`: the mutable scanning state is read and written
/// only with `mutex` held; the rest is set in `init` and never changes.
public final class RecordChunker: @unchecked Sendable {
  public let fileName: String
  /// The root element, as the sequential reader reports it.
  public let root: XMLElement
  let input: Input
  private let prologue: [UInt8]
  private let endTag: [UInt8]
  let chunkSize: Int
  /// How far past a chunk's start a cut is looked for: when none is found
  /// by then (a file on one line, a long stretch without a record), the
  /// rest of the file is the last chunk, read as it streams, so that the
  /// chunker never holds much more than this of the file. Four chunks,
  /// and at least 16 MB. Set it before the first chunk is asked for.
  var lookahead: Int
  /// The records' element name, when the reader knows it: cuts are made
  /// only before its start tags, and each chunk's reader goes on after a
  /// broken record (``XMLEvent/broken(_:partial:resumedAt:)``).
  let recordName: String?
  /// The records' name and the namespace they are in, when chunks may be
  /// read without libxml2 (``FastRecordParser``): the reader knows the
  /// records' name and the root's name has no prefix, so its default
  /// namespace is every record element's.
  let shape: RecordShape?
  /// False reads every chunk with libxml2 (tests compare the two). Set it
  /// before the first reader is made.
  var readsPlainRecordsDirectly = true
  /// Allocated last in `init`: a file that cannot be cut (init returns
  /// nil, and deinit does not run) must not leak it.
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  // Guarded by `mutex`.
  var scanner: RecordBoundaryScanner
  var buffer: [UInt8]
  var bufferOffset: Int
  var scanned = 0
  var atEnd = false
  var chunkLine: Int
  var chunkColumn: Int
  /// Lines counted since the current chunk's start (+Cut.swift).
  var lines = LineCounter()
  private var made: [Int: RecordChunk] = [:]
  var nextIndex = 0
  private var ended = false

  enum Input {
    case file(SharedFile)
    case bytes([UInt8])

    func read(at offset: Int, count: Int) -> [UInt8]? {
      switch self {
      case .file(let file):
        var block = [UInt8](repeating: 0, count: count)
        guard case .success(let n) = file.read(into: &block, at: offset) else { return nil }
        block.removeLast(count - n)
        return block
      case .bytes(let bytes):
        let start = min(offset, bytes.count)
        return Array(bytes[start..<min(start + count, bytes.count)])
      }
    }

    /// Reads from `offset` into `memory`; the count read (0 at the end),
    /// or nil when the file cannot be read.
    func read(at offset: Int, into memory: UnsafeMutableBufferPointer<UInt8>) -> Int? {
      switch self {
      case .file(let file):
        guard
          case .success(let n) = file.read(into: UnsafeMutableRawBufferPointer(memory), at: offset)
        else { return nil }
        return n
      case .bytes(let bytes):
        let n = max(0, min(memory.count, bytes.count - offset))
        guard n > 0, let target = memory.baseAddress else { return 0 }
        bytes.withUnsafeBufferPointer { target.update(from: $0.baseAddress! + offset, count: n) }
        return n
      }
    }

    func source(from offset: Int) -> ChunkSource {
      switch self {
      case .file(let file): .shared(file, offset: offset)
      case .bytes(let bytes): .bytes(bytes, offset: offset)
      }
    }
  }

  init?(input: Input, fileName: String, chunkSize: Int, recordName: String? = nil) {
    self.input = input
    self.recordName = recordName
    self.fileName = fileName
    self.chunkSize = max(1, chunkSize)
    self.lookahead = max(4 * self.chunkSize, 16 << 20)
    var scanner = RecordBoundaryScanner()
    var bytes: [UInt8] = []
    var prologueEnd: Int?
    var scannedTo = 0
    var atEnd = false
    while prologueEnd == nil, bytes.count < 1 << 20 {
      if !atEnd {
        guard let block = input.read(at: bytes.count, count: 64 * 1024) else { return nil }
        atEnd = block.isEmpty
        bytes += block
      }
      let (event, index) = bytes.withUnsafeBufferPointer {
        scanner.scan($0, from: scannedTo, cutFrom: Int.max, atEnd: atEnd)
      }
      scannedTo = index
      switch event {
      case .needMore:
        if atEnd { return nil }
      case .rootOpened: prologueEnd = index
      case .boundary, .rootClosed, .surprise: return nil
      }
    }
    // The root's start tag is the last `<` (a raw `<` in an attribute value
    // is an error, and libxml2 checks the prologue below).
    guard let prologueEnd, let rootStart = bytes[..<prologueEnd].lastIndex(of: UInt8(ascii: "<")),
      bytes.first == UInt8(ascii: "<")
    else { return nil }
    let prologue = Array(bytes[..<prologueEnd])
    guard Self.declaresUTF8(prologue),
      let root = XMLRecordReader.rootOfPrologue(prologue, fileName: fileName)
    else { return nil }
    let name = prologue[(rootStart + 1)...].prefix { byte in
      !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x2F
        || byte == 0x3E)
    }
    self.root = root
    // Prefixed names are left to libxml2.
    self.shape = recordName.flatMap { record in
      guard !record.isEmpty, !record.utf8.contains(UInt8(ascii: ":")),
        !name.contains(UInt8(ascii: ":"))
      else { return nil }
      return RecordShape(name: Array(record.utf8), namespace: root.namespace)
    }
    self.prologue = prologue
    self.endTag = Array("</".utf8) + name + Array(">".utf8)
    scanner.recordName = recordName.map { Array($0.utf8) }
    self.scanner = scanner
    self.buffer = Array(bytes[prologueEnd...])
    self.bufferOffset = prologueEnd
    self.atEnd = atEnd
    self.chunkLine = scanner.line
    self.chunkColumn = scanner.column
    self.mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// The chunk numbered `index`, once; nil when the file has fewer chunks
  /// (or this one was taken already).
  public func chunk(_ index: Int) -> RecordChunk? {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    while nextIndex <= index, !ended {
      made[nextIndex] = cut()
      nextIndex += 1
    }
    return made.removeValue(forKey: index)
  }

  /// A reader for a chunk's records, with positions as in the whole file.
  public func reader(for chunk: RecordChunk) -> XMLRecordReader {
    let plan = ChunkPlan(
      prologue: prologue, start: chunk.index == 0 ? nil : (chunk.line, chunk.column),
      tail: chunk.isLast ? nil : endTag, rest: input.source(from: chunk.offset),
      shape: readsPlainRecordsDirectly ? shape : nil)
    let body: ChunkSource = chunk.isLast ? plan.rest : .bytes(chunk.bytes, offset: 0)
    let reader = XMLRecordReader(plan: plan, body: body, fileName: fileName)
    reader.recordName = recordName
    return reader
  }

  /// The next chunk. With the mutex held.
  private func cut() -> RecordChunk {
    if let name = scanner.recordName { return cut(atRecordNamed: name) }
    return cutByScanning()
  }

  /// Scans on to the next cut (a child of the root of any name). With the
  /// mutex held.
  private func cutByScanning() -> RecordChunk {
    while true {
      let (event, index) = buffer.withUnsafeBufferPointer {
        scanner.scan($0, from: scanned, cutFrom: chunkSize, atEnd: atEnd)
      }
      scanned = index
      switch event {
      case .needMore where !atEnd:
        guard buffer.count < lookahead else { return last() }
        let block = input.read(at: bufferOffset + buffer.count, count: max(chunkSize, 64 * 1024))
        guard let block else { return last() }  // the last reader meets the error
        atEnd = block.isEmpty
        buffer += block
      case .boundary:
        let chunk = RecordChunk(
          index: nextIndex, isLast: false, bytes: Array(buffer[..<index]),
          offset: bufferOffset, line: chunkLine, column: chunkColumn)
        buffer.removeFirst(index)
        bufferOffset += index
        scanned = 0
        chunkLine = scanner.line
        chunkColumn = scanner.column
        return chunk
      case .needMore, .rootOpened, .rootClosed, .surprise:
        return last()
      }
    }
  }

  func last() -> RecordChunk {
    ended = true
    buffer = []
    return RecordChunk(
      index: nextIndex, isLast: true, bytes: [], offset: bufferOffset, line: chunkLine,
      column: chunkColumn)
  }

  /// False when the XML declaration names an encoding other than UTF-8.
  static func declaresUTF8(_ prologue: [UInt8]) -> Bool {
    guard prologue.starts(with: Array("<?xml".utf8)) else { return true }
    let declaration = Array(prologue.prefix { $0 != UInt8(ascii: ">") })
    let key = Array("encoding".utf8)
    guard key.count <= declaration.count,
      let at = (0...(declaration.count - key.count)).first(where: {
        declaration[$0..<($0 + key.count)].elementsEqual(key)
      })
    else { return true }
    let value = declaration[(at + key.count)...]
      .drop { $0 == 0x20 || $0 == UInt8(ascii: "=") }.dropFirst()
      .prefix { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "'") }
    let lowered = String(decoding: value.map { $0 | 0x20 }, as: UTF8.self)
    return lowered == "utf-8" || lowered == "utf8"
  }
}

/// One piece of a split file: whole records, from just before a record's
/// start tag to just before the next chunk's first record (the last chunk:
/// to the end of the file).
public struct RecordChunk: Sendable {
  public let index: Int
  /// True for the last chunk, which is read to the end of the file.
  public let isLast: Bool
  let bytes: [UInt8]
  /// Where the chunk begins in the file, in bytes.
  public let offset: Int
  let line: Int
  let column: Int
}

extension XMLRecordReader {
  /// A chunker that takes over this reader's input, so that it can be read
  /// in chunks in parallel; nil (and the reader untouched) when the file is
  /// unusual or this reader has begun reading. The reader then only keeps
  /// ``root``.
  public func chunker(chunkSize: Int = 1 << 20) -> RecordChunker? {
    guard parser == nil, pending.isEmpty, chunk == nil else { return nil }
    let input: RecordChunker.Input
    switch source {
    case .file(let fd):
      let copy = dup(fd)
      guard copy >= 0 else { return nil }
      input = .file(SharedFile(fd: copy))
    case .bytes(let bytes, let offset):
      guard offset == 0 else { return nil }
      input = .bytes(bytes)
    case .shared:
      return nil
    }
    guard
      let chunker = RecordChunker(
        input: input, fileName: fileName, chunkSize: chunkSize, recordName: recordName)
    else { return nil }
    root = chunker.root
    return chunker
  }
}
