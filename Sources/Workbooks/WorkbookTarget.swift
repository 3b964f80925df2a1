#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The file a workbook is written to, made (or, when it exists, opened
/// for writing without being changed) before libxlsxwriter writes it: a
/// path that cannot be written is then told with the system's reason
/// (`No such file or directory`), and libxlsxwriter, which prints its own
/// message to standard error when it cannot make the file, never meets it.
struct WorkbookTarget {
  let path: String
  /// True when the file did not exist before.
  let made: Bool
  /// The folder for libxlsxwriter's temporary files: the file's own for a
  /// regular file; nil (the system's) for a device such as `/dev/null`.
  let temporaryFolder: String?

  init(path: String, name: String) throws(WorkbookError) {
    self.path = path
    var before = stat()
    let existed = stat(path, &before) == 0
    let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o666)
    guard fd >= 0 else {
      throw WorkbookError(
        path: name, reason: "cannot write the workbook: \(String(cString: strerror(errno)))")
    }
    var opened = stat()
    let isRegular = fstat(fd, &opened) == 0 && opened.st_mode & S_IFMT == S_IFREG
    _ = closeDescriptor(fd)
    made = !existed
    temporaryFolder = isRegular ? Self.folder(of: path) : nil
  }

  /// Removes the file when this call made it.
  func removeIfMade() {
    if made { unlink(path) }
  }

  /// The folder `path` is in: `.` for a bare name, `/` for one at the root.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}

#if canImport(Glibc)
  private let closeDescriptor = Glibc.close
#elseif canImport(Darwin)
  private let closeDescriptor = Darwin.close
#endif
