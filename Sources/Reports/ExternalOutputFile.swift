#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file that a library writes itself, by name (libxlsxwriter's
/// workbooks), committed with a run's other outputs as ``OutputFile`` is.
///
/// ```swift
/// let xlsx = try ExternalOutputFile(path: "lists.xlsx")
/// let notes = try workbook.write(to: xlsx.writingPath, displayName: xlsx.path)
/// try OutputFile.close(files, [xlsx])   // renamed only with the set
/// ```
///
/// ``writingPath`` is a temporary file beside the target, named as an
/// ``OutputFile``'s is (`.NAME.tmp-PID-XXXXXXXX`), made empty here (with
/// the mode of the file it replaces) and noted in ``TemporaryFiles``; the
/// library writes over it. ``OutputFile/close(_:_:)`` syncs it to disk and
/// renames it over `path` only when every output of the set is whole. Until
/// then `path` keeps what it held. When the library fails, the caller drops
/// the file (or the set fails): the temporary file is removed and the
/// target is untouched; a signal removes it too (``TemporaryFiles``).
///
/// A device (`/dev/null`) is written in place: ``writingPath`` is `path`.
/// Standard output (`-`) is refused: the libraries that write by name
/// need a file they can seek in.
public final class ExternalOutputFile {
  /// The file as the user named it.
  public let path: String
  /// Where the library is to write the file.
  public let writingPath: String
  /// The target and the temporary file's entry in ``TemporaryFiles``; nil
  /// for a device written in place.
  private let rename: (target: String, token: Int)?
  private var state = State.open

  private enum State {
    case open, finished, committed, discarded
  }

  /// Makes the temporary file for `path`; throws when `path` is standard
  /// output, a folder or a loop of links, or the file cannot be made (a
  /// missing folder).
  public init(path: String) throws(OutputError) {
    self.path = path
    guard !path.isEmpty, path != "-" else {
      throw OutputError(
        path: path,
        reason: path.isEmpty
          ? "no path given; give a file name"
          : "this output cannot go to standard output; give a file name")
    }
    guard let target = try OutputFile.target(of: path) else {
      writingPath = path
      rename = nil
      return
    }
    let temporary = OutputFile.temporaryName(for: target.path)
    guard let token = TemporaryFiles.add(temporary) else {
      throw OutputError(path: path, reason: "the run is stopping")
    }
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, target.mode)
    guard fd >= 0 else {
      let reason = OutputFile.reason(errno)
      TemporaryFiles.forget(token)
      throw OutputError(path: path, reason: reason)
    }
    if target.exists { _ = fchmod(fd, target.mode) }
    _ = closeDescriptor(fd)
    writingPath = temporary
    rename = (target.path, token)
  }

  deinit {
    // Not committed: the library or the run failed. Leave the target.
    discard()
  }

  /// Takes `path`'s place: ``OutputFile/close(_:_:)`` with this file alone.
  public func close() throws(OutputError) {
    try OutputFile.close([], [self])
  }
}

extension ExternalOutputFile: OutputSetMember {
  var isPending: Bool { state == .open || state == .finished }
  var isCommitted: Bool { state == .committed }
  var renaming: (target: String, token: Int)? { rename }

  /// Syncs what the library wrote to disk; an error when the file is gone
  /// (removed by someone else) or cannot be synced.
  func finish() throws(OutputError) {
    guard state == .open else { return }
    state = .finished
    guard rename != nil else { return }
    let fd = open(writingPath, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw OutputError(path: path, reason: OutputFile.reason(errno)) }
    let synced = fsync(fd) == 0 ? nil : errno
    _ = closeDescriptor(fd)
    if let synced { throw OutputError(path: path, reason: OutputFile.reason(synced)) }
  }

  func takeTargetsPlace() -> OutputError? {
    guard state == .finished else { return nil }
    guard let rename else {
      state = .committed
      return nil
    }
    guard renameFile(writingPath, rename.target) == 0 else {
      return OutputError(path: path, reason: OutputFile.reason(errno))
    }
    state = .committed
    return nil
  }

  func discard() {
    guard state == .open || state == .finished else { return }
    state = .discarded
    if let rename {
      unlink(writingPath)
      TemporaryFiles.forget(rename.token)
    }
  }
}
