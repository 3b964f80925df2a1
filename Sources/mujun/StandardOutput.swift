// `stdout` is a C global variable, which Swift 6 refuses to read as shared
// mutable state; it is only read here, on the main thread, after the command
// has run, so this file alone imports the C library as written before
// concurrency checking.
#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

/// Standard output, where tables and `-` outputs go.
enum StandardOutput {
  /// Flushes what `print` buffered; the reason when some of what was
  /// printed could not be written (`/dev/full`, a closed pipe), nil when
  /// all was.
  static func flush() -> String? {
    let flushed = fflush(stdout) == 0
    let code = errno
    guard flushed, ferror(stdout) == 0 else {
      return String(cString: strerror(flushed ? EIO : code))
    }
    return nil
  }
}
