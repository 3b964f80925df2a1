#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where ``ParcelIDTable`` keeps its ids and their first locations: an
/// append-only log in an unlinked temporary file (the page cache holds it,
/// not the process), or in memory when no temporary file can be made.
///
/// An entry: the line (8 bytes), the column (4), the id's length (4), the
/// id's UTF-8. Entries are appended through a 64 KB buffer; an entry still
/// in the buffer is read from it.
struct ParcelIDSpill {
  /// The temporary file; nil: everything stays in `pending`.
  private let storage: Storage?
  /// Bytes written to the file so far.
  private var flushed = 0
  /// Entries not yet written (all of them without a file, or once the
  /// file could not be written).
  private var pending: [UInt8] = []
  private var writable = true

  struct Entry {
    var line: Int
    var column: Int
    var id: [UInt8]
  }

  init() {
    storage = Storage()
    pending.reserveCapacity(Self.bufferSize)
  }

  static let bufferSize = 1 << 16

  /// The buffer's capacity (all of the entries when there is no file).
  var bytesInMemory: Int { pending.capacity }

  /// Bytes appended so far.
  var size: Int { flushed + pending.count }
  static let headerSize = 16

  /// Appends an entry; its offset.
  mutating func append(id: String, line: Int, column: Int) -> Int {
    let offset = flushed + pending.count
    Self.appendInteger(UInt64(truncatingIfNeeded: line), bytes: 8, to: &pending)
    Self.appendInteger(UInt64(UInt32(clamping: column)), bytes: 4, to: &pending)
    Self.appendInteger(UInt64(UInt32(clamping: id.utf8.count)), bytes: 4, to: &pending)
    pending.append(contentsOf: id.utf8)
    if writable, storage != nil, pending.count >= Self.bufferSize { flush() }
    return offset
  }

  /// The entry at `offset`, or nil when it cannot be read.
  func entry(at offset: Int) -> Entry? {
    guard let header = read(at: offset, count: Self.headerSize) else { return nil }
    let length = Int(Self.integer(header, at: 12, bytes: 4))
    guard let id = read(at: offset + Self.headerSize, count: length) else { return nil }
    return Entry(
      line: Int(truncatingIfNeeded: Self.integer(header, at: 0, bytes: 8)),
      column: Int(Self.integer(header, at: 8, bytes: 4)), id: id)
  }

  /// Every entry in order, with its offset; the file is read in blocks of
  /// 1 MB (one read per entry made rehashing 1M ids take seconds).
  func forEachEntry(_ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
    let end = flushed + pending.count
    var offset = 0
    var block: [UInt8] = []
    var blockStart = 0
    while offset < end {
      let within = offset - blockStart
      let length =
        within + Self.headerSize <= block.count
        ? Int(Self.integer(block, at: within + 12, bytes: 4)) : nil
      if let length, within + Self.headerSize + length <= block.count {
        let idStart = within + Self.headerSize
        block.withUnsafeBufferPointer { bytes in
          body(offset, UnsafeBufferPointer(rebasing: bytes[idStart..<(idStart + length)]))
        }
        offset += Self.headerSize + length
        continue
      }
      // The next entry runs past the block: a new block from it, big
      // enough for the whole entry.
      let wanted = max(min(Self.blockSize, end - offset), Self.headerSize + (length ?? 0))
      guard let next = read(at: offset, count: wanted), next.count >= Self.headerSize else {
        return
      }
      block = next
      blockStart = offset
      if let length, Self.headerSize + length > next.count { return }
    }
  }

  static let blockSize = 1 << 20

  /// `count` bytes at `offset`, from the file or the buffer.
  private func read(at offset: Int, count: Int) -> [UInt8]? {
    guard count > 0 else { return [] }
    if offset >= flushed {
      let start = offset - flushed
      guard start + count <= pending.count else { return nil }
      return Array(pending[start..<(start + count)])
    }
    guard let storage else { return nil }
    // An entry is written whole before the buffer is flushed; it can still
    // straddle the flush point only if the write was partial: read both.
    let fromFile = min(count, flushed - offset)
    var bytes = [UInt8](repeating: 0, count: fromFile)
    guard storage.read(into: &bytes, at: offset) else { return nil }
    if fromFile < count {
      guard count - fromFile <= pending.count else { return nil }
      bytes += pending[0..<(count - fromFile)]
    }
    return bytes
  }

  /// Writes the buffer to the file; when it cannot (disk full), the
  /// entries stay in memory from here on.
  private mutating func flush() {
    guard let storage else { return }
    guard storage.write(pending, at: flushed) else {
      writable = false
      return
    }
    flushed += pending.count
    pending.removeAll(keepingCapacity: true)
  }

  static func appendInteger(_ value: UInt64, bytes: Int, to out: inout [UInt8]) {
    for index in 0..<bytes { out.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
  }

  static func integer(_ bytes: [UInt8], at start: Int, bytes count: Int) -> UInt64 {
    var value: UInt64 = 0
    for index in 0..<count { value |= UInt64(bytes[start + index]) << (8 * index) }
    return value
  }

  /// The unlinked temporary file; closed when the last copy of the spill
  /// goes.
  final class Storage {
    let fd: Int32

    init?() {
      guard let file = tmpfile() else { return nil }
      let copy = dup(fileno(file))
      fclose(file)
      guard copy >= 0 else { return nil }
      fd = copy
    }

    deinit { close(fd) }

    func write(_ bytes: [UInt8], at offset: Int) -> Bool {
      var done = 0
      while done < bytes.count {
        let n = bytes.withUnsafeBytes { raw in
          pwrite(fd, raw.baseAddress.map { $0 + done }, raw.count - done, off_t(offset + done))
        }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        done += n
      }
      return true
    }

    func read(into bytes: inout [UInt8], at offset: Int) -> Bool {
      var done = 0
      let count = bytes.count
      while done < count {
        let n = bytes.withUnsafeMutableBytes { raw in
          pread(fd, raw.baseAddress.map { $0 + done }, count - done, off_t(offset + done))
        }
        if n < 0 && errno == EINTR { continue }
        guard n > 0 else { return false }
        done += n
      }
      return true
    }
  }
}
