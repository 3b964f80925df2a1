#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file (or standard output) written through a buffer. Owns the C stream.
public final class OutputFile {
  public let path: String
  private let stream: UnsafeMutablePointer<FILE>
  private let ownsStream: Bool
  private var buffer: [UInt8] = []

  /// Opens `path` for writing, or standard output for `-`.
  public init(path: String) throws(OutputError) {
    self.path = path
    if path == "-", let standardOutput = fdopen(STDOUT_FILENO, "wb") {
      stream = standardOutput
      ownsStream = false
    } else {
      guard let opened = fopen(path, "wb") else {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
      stream = opened
      ownsStream = true
    }
    buffer.reserveCapacity(1 << 16)
  }

  public func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flushBuffer() }
  }

  /// Writes bytes as they are (UTF-8 text made elsewhere).
  public func write(bytes: [UInt8]) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { flushBuffer() }
  }

  /// Writes what is buffered and reports a failure to write (disk full).
  public func close() throws(OutputError) {
    flushBuffer()
    let failed = ferror(stream) != 0
    if ownsStream {
      if fclose(stream) != 0 || failed {
        throw OutputError(path: path, reason: String(cString: strerror(errno)))
      }
    } else {
      fflush(stream)
      if failed { throw OutputError(path: path, reason: "write error") }
    }
  }

  private func flushBuffer() {
    guard !buffer.isEmpty else { return }
    _ = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stream) }
    buffer.removeAll(keepingCapacity: true)
  }
}

public struct OutputError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String
  public var description: String { "\(path): error: cannot write: \(reason)" }
}
