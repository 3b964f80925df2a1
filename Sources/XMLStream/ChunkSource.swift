#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the bytes come from.
enum ChunkSource {
  case file(Int32)
  case bytes([UInt8], offset: Int)
  /// A file shared with other readers, read from `offset` on.
  case shared(SharedFile, offset: Int)

  /// Where the next read starts in the file or bytes; nil for a file read
  /// from its own position.
  var offset: Int? {
    switch self {
    case .file: nil
    case .bytes(_, let offset), .shared(_, let offset): offset
    }
  }

  enum ReadResult {
    case success(Int)
    case failure(String)
  }

  mutating func read(into buffer: inout [UInt8]) -> ReadResult {
    switch self {
    case .file(let fd):
      while true {
        let n = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
        if n >= 0 { return .success(n) }
        if errno == EINTR { continue }
        return .failure(String(cString: strerror(errno)))
      }
    case .shared(let file, let offset):
      switch file.read(into: &buffer, at: offset) {
      case .success(let n):
        self = .shared(file, offset: offset + n)
        return .success(n)
      case .failure(let reason): return .failure(reason)
      }
    case .bytes(let bytes, let offset):
      let n = min(buffer.count, bytes.count - offset)
      if n > 0 {
        buffer.withUnsafeMutableBufferPointer { target in
          bytes.withUnsafeBufferPointer { from in
            target.baseAddress!.update(from: from.baseAddress! + offset, count: n)
          }
        }
      }
      self = .bytes(bytes, offset: offset + n)
      return .success(n)
    }
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif
