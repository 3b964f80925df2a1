#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text in GB18030 (the superset of GBK that Excel in China saves CSV
/// in), by the C library's iconv: the conversion descriptor is the C
/// resource this class owns, closed when it goes.
final class GB18030Encoder {
  private let descriptor: iconv_t

  /// Nil when the system's iconv has no GB18030.
  init?() {
    let made = iconv_open("GB18030", "UTF-8")
    guard let made, made != iconv_t(bitPattern: -1) else { return nil }
    descriptor = made
  }

  deinit { iconv_close(descriptor) }

  /// `text` in GB18030; nil when iconv cannot convert it (every Unicode
  /// character has a GB18030 form, so this means a broken iconv).
  func encode(_ text: String) -> [UInt8]? {
    var input = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    let done = input.withUnsafeMutableBufferPointer { source -> Bool in
      guard let base = source.baseAddress else { return true }
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(base)
        .assumingMemoryBound(to: CChar.self)
      var inLeft = source.count
      while inLeft > 0 {
        let (produced, failure) = chunk.withUnsafeMutableBufferPointer { target in
          target.withMemoryRebound(to: CChar.self) { out in
            var outPointer = out.baseAddress
            var outLeft = out.count
            let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            return (out.count - outLeft, result == -1 ? errno : 0)
          }
        }
        output.append(contentsOf: chunk[..<produced])
        guard failure == 0 || failure == E2BIG else { return false }
      }
      return true
    }
    return done ? output : nil
  }
}
