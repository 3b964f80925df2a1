#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Messages for the person at the terminal, kept apart from the data on
/// standard output.
enum StandardError {
  static func write(_ line: String) {
    let text = line.hasSuffix("\n") ? line : line + "\n"
    _ = text.utf8CString.withUnsafeBufferPointer { buffer in
      systemWrite(2, buffer.baseAddress, buffer.count - 1)
    }
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
