#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an ``OutputFile`` writes and under which temporary name.
extension OutputFile {
  /// The file that `path` names, when it is to be replaced by renaming:
  /// absent or a regular file (a symbolic link is followed). Nil when the
  /// path names something else that can be written (a device, a pipe);
  /// throws when it names a folder.
  static func target(of path: String) throws(OutputError) -> (
    path: String, exists: Bool, mode: mode_t
  )? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      // Nothing there yet (or a dangling link, or a missing folder: the
      // temporary file's creation says which).
      return (path, false, 0o666)
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      var resolved = path
      if let real = realpath(path, nil) {
        resolved = String(cString: real)
        free(real)
      }
      return (resolved, true, info.st_mode & 0o7777)
    case S_IFDIR:
      throw OutputError(path: path, reason: reason(EISDIR))
    default:
      return nil
    }
  }

  /// `.NAME.tmp-PID-XXXXXXXX` in the folder of `path` (random hex digits:
  /// two outputs of one run never meet, and it is created exclusively).
  static func temporaryName(for path: String) -> String {
    let random = String(UInt32.random(in: .min ... .max), radix: 16)
    let name = ".\(lastComponent(path)).tmp-\(getpid())-\(random)"
    guard let slash = path.lastIndex(of: "/") else { return name }
    return String(path[...slash]) + name
  }

  static func lastComponent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  /// Makes the rename itself durable (best effort: not every file system
  /// lets a folder be synced).
  static func syncFolder(of path: String) {
    let folder: String
    if let slash = path.lastIndex(of: "/") {
      folder = slash == path.startIndex ? "/" : String(path[..<slash])
    } else {
      folder = "."
    }
    let fd = open(folder, O_RDONLY | O_CLOEXEC)
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
