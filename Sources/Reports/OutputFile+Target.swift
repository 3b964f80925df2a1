#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an ``OutputFile`` writes and under which temporary name.
extension OutputFile {
  /// The file that `path` names, when it is to be replaced by renaming:
  /// absent or a regular file, symbolic links followed (to a target that
  /// may not exist yet: it is created). Nil when the path names something
  /// else that can be written (a device, a pipe); throws when it names a
  /// folder or a loop of links.
  static func target(of path: String) throws(OutputError) -> (
    path: String, exists: Bool, mode: mode_t
  )? {
    guard let resolved = followingLinks(path) else {
      throw OutputError(path: path, reason: reason(ELOOP))
    }
    var info = stat()
    guard stat(resolved, &info) == 0 else {
      // Nothing there yet (or a missing folder: the temporary file's
      // creation says so).
      return (resolved, false, 0o666)
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      return (resolved, true, info.st_mode & 0o7777)
    case S_IFDIR:
      throw OutputError(path: path, reason: reason(EISDIR))
    default:
      return nil
    }
  }

  /// `path` with the symbolic links of its last component followed, one
  /// after another, to what the last one names (which may not exist);
  /// nil after 40 links (a loop). A link's relative target is read from
  /// the link's own folder.
  package static func followingLinks(_ path: String) -> String? {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
      var bytes = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(current, &bytes, bytes.count - 1)
      guard count > 0 else { return current }
      let target = String(decoding: bytes[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if target.hasPrefix("/") {
        current = target
      } else {
        current = folder(of: current) + "/" + target
      }
    }
    return nil
  }

  /// `.NAME.tmp-PID-XXXXXXXX` in the folder of `path` (random hex digits:
  /// two outputs of one run never meet, and it is created exclusively).
  static func temporaryName(for path: String) -> String {
    let random = String(UInt32.random(in: .min ... .max), radix: 16)
    let name = ".\(lastComponent(path)).tmp-\(getpid())-\(random)"
    guard let slash = path.lastIndex(of: "/") else { return name }
    return String(path[...slash]) + name
  }

  package static func lastComponent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The folder `path` is in: `.` for a bare name, `/` for one at the root.
  package static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  /// Makes the rename itself durable (best effort: not every file system
  /// lets a folder be synced).
  static func syncFolder(of path: String) {
    let fd = open(folder(of: path), O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    _ = closeDescriptor(fd)
  }
}

#if canImport(Glibc)
  let closeDescriptor = Glibc.close
  let renameFile = Glibc.rename
#elseif canImport(Darwin)
  let closeDescriptor = Darwin.close
  let renameFile = Darwin.rename
#endif
