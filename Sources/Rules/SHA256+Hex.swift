import Crypto

extension SHA256 {
  /// The lowercase hex digest of `bytes`, as `sha256sum` prints it.
  static func hex(of bytes: [UInt8]) -> String {
    var hasher = SHA256()
    bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
    let digits = Array("0123456789abcdef")
    var text = ""
    text.reserveCapacity(64)
    for byte in hasher.finalize() {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return text
  }
}
