#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file into memory, refusing a folder and a file over a
/// size limit with a message that names the file and says what to do.
enum FileBytes {
  static func load(path: String, displayName: String, limit: Int) throws(TableProblem) -> [UInt8] {
    let place = CellPlace(file: displayName)
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else {
      throw TableProblem(
        at: place, "cannot read the file: \(reason()); check the path and its permissions")
    }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw TableProblem(at: place, "this is a folder, not a file; give the data file's path")
    }
    var bytes: [UInt8] = []
    if info.st_size > 0 { bytes.reserveCapacity(min(Int(info.st_size), limit) + 1) }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw TableProblem(at: place, "cannot read the file: \(reason()); check the file")
      }
      if count == 0 { break }
      if bytes.count + count > limit {
        throw TableProblem(
          at: place,
          "the file is larger than \(ByteCount.text(limit)); a department's data file is far smaller: check that this is the right file"
        )
      }
      bytes.append(contentsOf: buffer[..<count])
    }
    return bytes
  }

  static func reason() -> String { String(cString: strerror(errno)) }
}
