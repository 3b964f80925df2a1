/// The parts of a zip archive (an xlsx workbook) and where each part's
/// compressed bytes are, read from the archive's central directory with
/// every offset and size checked against the file before it is used.
///
/// Why not ZIPFoundation's `Archive` for this: its 0.9.20 reader on Linux
/// loops forever when a deflated part's stream does not end within the
/// file (the inflate loop asks for more input and gets none:
/// weichsel/ZIPFoundation#389), and its directory iterator traps on a
/// ZIP64 size that makes an offset overflow. Neither is reachable from a
/// caller. So the directory is read here, and ZIPFoundation unpacks each
/// part from the bytes found here (``ZipPart``), fed only those bytes.
struct ZipDirectory {
  /// One part (a file in the archive).
  struct Entry: Sendable, Hashable {
    /// As stored (xlsx part names are ASCII; UTF-8 or code page 437
    /// agree there).
    var path: String
    /// 0: stored; 8: deflated; anything else is not unpacked.
    var method: Int
    var isEncrypted: Bool
    var crc32: UInt32
    var compressedSize: Int
    /// As the archive claims it; never trusted for memory.
    var uncompressedSize: UInt64
    /// Where the compressed bytes start in the file.
    var dataOffset: Int
  }

  /// Why a file is not a zip archive that can be read.
  enum Failure: Error, Equatable {
    /// No end-of-directory record within the last 64 kB: cut off, or no zip.
    case noDirectory
    /// More parts than the limit.
    case tooManyParts(Int)
    /// An offset or size points outside the file, or a signature is wrong.
    case damaged(String)
  }

  var entries: [Entry]

  /// The end-of-directory record is 22 bytes and ends the file, but for
  /// a comment of at most 65 535 bytes (PKWARE APPNOTE 4.3.16).
  static let maxEndSearch = 22 + 65_535

  init(_ bytes: [UInt8], maxEntries: Int) throws(Failure) {
    let reader = ByteReader(bytes: bytes)
    guard let end = Self.findEnd(reader) else { throw .noDirectory }
    var count = Int(reader.u16(end + 10) ?? 0)
    var directoryOffset = UInt64(reader.u32(end + 16) ?? 0)
    if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF {
      // ZIP64: the locator just before the record names the real one.
      guard end >= 20, reader.u32(end - 20) == 0x0706_4B50, let at = reader.u64(end - 12),
        let record = Int(exactly: at), reader.u32(record) == 0x0606_4B50,
        let count64 = reader.u64(record + 32), let offset64 = reader.u64(record + 48)
      else { throw .damaged("its ZIP64 directory record is missing or damaged") }
      count = Int(min(count64, UInt64(maxEntries) + 1))
      directoryOffset = offset64
    }
    if count > maxEntries { throw .tooManyParts(maxEntries) }
    guard var position = Int(exactly: directoryOffset), position <= bytes.count else {
      throw .damaged("its directory starts past the end of the file")
    }
    var entries: [Entry] = []
    entries.reserveCapacity(count)
    for _ in 0..<count {
      let (entry, next) = try Self.entry(at: position, in: reader)
      entries.append(entry)
      position = next
    }
    self.entries = entries
  }

  /// The last end-of-directory signature (`PK\5\6`) within reach of the end.
  static func findEnd(_ reader: ByteReader) -> Int? {
    let count = reader.bytes.count
    guard count >= 22 else { return nil }
    var at = count - 22
    let lowest = max(0, count - maxEndSearch)
    while at >= lowest {
      if reader.u32(at) == 0x0605_4B50 { return at }
      at -= 1
    }
    return nil
  }

  /// The directory entry at `position` and where the next one starts.
  static func entry(at position: Int, in reader: ByteReader) throws(Failure) -> (Entry, Int) {
    guard reader.u32(position) == 0x0201_4B50, let flags = reader.u16(position + 8),
      let method = reader.u16(position + 10), let crc = reader.u32(position + 16),
      let compressed32 = reader.u32(position + 20), let uncompressed32 = reader.u32(position + 24),
      let nameLength = reader.u16(position + 28), let extraLength = reader.u16(position + 30),
      let commentLength = reader.u16(position + 32), let local32 = reader.u32(position + 42),
      let name = reader.slice(position + 46, Int(nameLength)),
      let extra = reader.slice(position + 46 + Int(nameLength), Int(extraLength))
    else { throw .damaged("a directory entry is cut off or damaged") }
    var uncompressed = UInt64(uncompressed32)
    var compressed = UInt64(compressed32)
    var local = UInt64(local32)
    // ZIP64 extended information (header 0x0001): each field that is
    // 0xFFFFFFFF above follows, 8 bytes, in this order (APPNOTE 4.5.3).
    if uncompressed32 == 0xFFFF_FFFF || compressed32 == 0xFFFF_FFFF || local32 == 0xFFFF_FFFF {
      var fields = ByteReader.zip64Fields(in: extra)
      if uncompressed32 == 0xFFFF_FFFF { uncompressed = fields.next() ?? uncompressed }
      if compressed32 == 0xFFFF_FFFF { compressed = fields.next() ?? compressed }
      if local32 == 0xFFFF_FFFF { local = fields.next() ?? local }
    }
    let path = String(decoding: name, as: UTF8.self)
    guard let localAt = Int(exactly: local), reader.u32(localAt) == 0x0403_4B50,
      let localName = reader.u16(localAt + 26), let localExtra = reader.u16(localAt + 28)
    else { throw .damaged("the local header of \(path) is missing") }
    let dataOffset = localAt + 30 + Int(localName) + Int(localExtra)
    guard let size = Int(exactly: compressed), dataOffset <= reader.bytes.count,
      size <= reader.bytes.count - dataOffset
    else { throw .damaged("the data of \(path) runs past the end of the file") }
    let entry = Entry(
      path: path, method: Int(method), isEncrypted: flags & 1 != 0, crc32: crc,
      compressedSize: size, uncompressedSize: uncompressed, dataOffset: dataOffset)
    return (entry, position + 46 + Int(nameLength) + Int(extraLength) + Int(commentLength))
  }
}
