#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An open file that several readers read at once, each at its own offset.
///
/// `@unchecked Sendable`: the descriptor never changes after `init` and is
/// only read with `pread`, which keeps no shared file position; it is
/// closed in `deinit`, when no reader holds it any more.
final class SharedFile: @unchecked Sendable {
  private let fd: Int32

  /// Takes over `fd`.
  init(fd: Int32) {
    self.fd = fd
  }

  deinit { close(fd) }

  /// Fills `buffer` from `offset`; the count read, 0 at the end.
  func read(into buffer: inout [UInt8], at offset: Int) -> ChunkSource.ReadResult {
    buffer.withUnsafeMutableBytes { read(into: $0, at: offset) }
  }

  /// Fills `memory` from `offset`; the count read, 0 at the end.
  func read(into memory: UnsafeMutableRawBufferPointer, at offset: Int) -> ChunkSource.ReadResult {
    while true {
      let n = pread(fd, memory.baseAddress, memory.count, off_t(offset))
      if n >= 0 { return .success(n) }
      if errno == EINTR { continue }
      return .failure(String(cString: strerror(errno)))
    }
  }
}
