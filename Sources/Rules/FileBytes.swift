#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file into memory: rule files are small, and the digest
/// must be taken over the same bytes that are parsed.
enum FileBytes {
  enum Failure: Error, Equatable {
    /// No file at that path.
    case missing
    /// The file exists but cannot be read: the system's reason.
    case unreadable(String)
    /// Larger than the limit.
    case tooLarge(limit: Int)
  }

  static func read(path: String, limit: Int) -> Result<[UInt8], Failure> {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      let code = errno
      return .failure(code == ENOENT ? .missing : .unreadable(String(cString: strerror(code))))
    }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if count == 0 { return .success(bytes) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(String(cString: strerror(errno))))
      }
      guard bytes.count + count <= limit else { return .failure(.tooLarge(limit: limit)) }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }
}

#if canImport(Glibc)
  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  private let systemRead = Darwin.read
#endif

extension FileBytes {
  /// Whether a file is at `path` (without reading it): `.missing` when not.
  static func probe(path: String) -> Result<Void, Failure> {
    var info = stat()
    guard stat(path, &info) == 0 else {
      let code = errno
      return .failure(code == ENOENT ? .missing : .unreadable(String(cString: strerror(code))))
    }
    return .success(())
  }
}
