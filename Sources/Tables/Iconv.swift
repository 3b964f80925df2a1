#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An iconv conversion descriptor from one encoding to UTF-8, closed when
/// the converter goes: the C resource this class owns.
final class Iconv {
  private let descriptor: iconv_t

  init?(from encoding: String) {
    let made = iconv_open("UTF-8", encoding)
    guard let made, made != iconv_t(bitPattern: -1) else { return nil }
    descriptor = made
  }

  deinit { iconv_close(descriptor) }

  /// Converts all of `input` to UTF-8. Where the input is not text in its
  /// encoding, `unit` bytes (1 for GB18030, 2 for UTF-16) become one
  /// U+FFFD and a repair notes them; a sequence cut off by the end of the
  /// input becomes one U+FFFD.
  func convert(_ input: ArraySlice<UInt8>, unit: Int) -> ([UInt8], [DecodedText.Repair]) {
    var output: [UInt8] = []
    output.reserveCapacity(input.count + input.count / 2 + 16)
    var repairs: [DecodedText.Repair] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    input.withUnsafeBufferPointer { source in
      guard let base = source.baseAddress else { return }
      // iconv takes `char **` but does not write through it; UInt8 and
      // CChar may alias each other.
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
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
        guard failure != 0, failure != E2BIG else { continue }
        // EILSEQ (not text here) or EINVAL (cut off at the end).
        let skip = failure == EINVAL ? inLeft : min(unit, inLeft)
        let done = source.count - inLeft
        repairs.append(.init(offset: output.count, original: Array(source[done..<(done + skip)])))
        output.append(contentsOf: DecodedText.replacement)
        inPointer = inPointer.map { $0 + skip }
        inLeft -= skip
        iconv(descriptor, nil, nil, nil, nil)
      }
    }
    return (output, repairs)
  }
}
