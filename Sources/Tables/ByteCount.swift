/// A size as messages give it: `1 MB` for whole megabytes (of 1 048 576
/// bytes), else bytes.
enum ByteCount {
  static func text(_ bytes: Int) -> String {
    bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MB" : "\(bytes) bytes"
  }
}
