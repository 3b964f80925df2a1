#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file (or standard output) written through a buffer, whole or not at all.
///
/// A file is written under a temporary name beside it, `.NAME.tmp-PID-XXXXXXXX`
/// (hidden, in the same folder, so that the rename cannot cross file
/// systems), flushed to disk and renamed over `path` by ``close()``. Until
/// then `path` keeps what it held before (or stays absent): a run that is
/// killed or fails halfway never leaves a truncated file that looks whole.
/// A run that fails, or ends on a signal, removes its temporary files
/// (``TemporaryFiles``); only a run killed outright can leave one behind,
/// always under a `.tmp-` name. The outputs of one run are committed as a
/// set (``close(_:)``): none takes its target's place until all are whole.
///
/// A write that fails (a full disk) is kept as ``failure`` when it
/// happens; the caller stops there, and the file is not committed.
///
/// `-` is standard output, written as it comes. So is anything at `path`
/// that is not a regular file (`/dev/null`, a pipe): it cannot be replaced.
/// A symbolic link is followed, even one whose target does not exist yet:
/// the file it points at is written.
public final class OutputFile {
  public let path: String
  private let stream: UnsafeMutablePointer<FILE>
  private let ownsStream: Bool
  /// The temporary file, the file it replaces when committed, and its entry
  /// in ``TemporaryFiles``; nil when the stream writes to its target
  /// directly.
  private let rename: (temporary: String, target: String, token: Int)?
  private var buffer: [UInt8] = []
  private var state = State.open
  /// The first write that failed; nothing more is written after it.
  public private(set) var failure: OutputError?
  /// Bytes handed to the stream so far, and how many of them the system has
  /// been asked to start writing to disk (``startWriteBack()``).
  private var handedOver = 0
  private var writeBackAsked = 0

  private enum State {
    case open
    /// Written out and durable; waiting for its set to be committed.
    case finished
    /// In its target's place (or, for a stream, flushed).
    case committed
    /// Its temporary file removed; the target untouched.
    case discarded
  }

  /// Opens `path` for writing, or standard output for `-`.
  public init(path: String) throws(OutputError) {
    self.path = path
    guard !path.isEmpty else {
      throw OutputError(
        path: path, reason: "no path given; give a file name, or - for standard output")
    }
    if path == "-", let standardOutput = fdopen(STDOUT_FILENO, "wb") {
      stream = standardOutput
      ownsStream = false
      rename = nil
    } else {
      let target = try Self.target(of: path)
      if let target {
        let temporary = Self.temporaryName(for: target.path)
        guard let token = TemporaryFiles.add(temporary) else {
          throw OutputError(path: path, reason: "the run is stopping")
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, target.mode)
        guard fd >= 0 else {
          let reason = Self.reason(errno)
          TemporaryFiles.forget(token)
          throw OutputError(path: path, reason: reason)
        }
        if target.exists { _ = fchmod(fd, target.mode) }
        guard let opened = fdopen(fd, "wb") else {
          let reason = Self.reason(errno)
          _ = closeDescriptor(fd)
          unlink(temporary)
          TemporaryFiles.forget(token)
          throw OutputError(path: path, reason: reason)
        }
        stream = opened
        rename = (temporary, target.path, token)
      } else {
        guard let opened = fopen(path, "wb") else {
          throw OutputError(path: path, reason: Self.reason(errno))
        }
        stream = opened
        rename = nil
      }
      ownsStream = true
    }
    buffer.reserveCapacity(1 << 16)
  }

  deinit {
    // Not committed: the run failed. Leave the previous file as it was.
    discard()
  }

  public func write(_ text: String) {
    guard failure == nil else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flushBuffer() }
  }

  /// Writes bytes as they are (UTF-8 text made elsewhere).
  public func write(bytes: [UInt8]) {
    guard failure == nil else { return }
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { flushBuffer() }
  }

  /// Writes bytes as they are (UTF-8 text made elsewhere); 64 kB or more
  /// are handed to the stream at once, not copied into the buffer first.
  public func write(bytes: UnsafeRawBufferPointer) {
    guard failure == nil else { return }
    guard bytes.count >= 1 << 16 else {
      buffer.append(contentsOf: bytes)
      if buffer.count >= 1 << 16 { flushBuffer() }
      return
    }
    flushBuffer()
    handOver(bytes)
  }

  /// Writes what is buffered and takes `path`'s place: ``close(_:)`` with
  /// this file alone.
  public func close() throws(OutputError) {
    try Self.close([self])
  }

  /// Commits a run's outputs as a set: each is written out and flushed to
  /// disk; only when every one is whole do they take their targets' places,
  /// one rename after another with no signal between (``TemporaryFiles``).
  /// When one cannot be written, none is renamed: every temporary file is
  /// removed and every target keeps what it held. (A rename that fails
  /// after others succeeded, which a folder that lets files be created but
  /// not replaced could cause, leaves those others in place; the error
  /// names the file that was not.) A file a library writes itself joins
  /// the set through ``close(_:_:)``.
  public static func close(_ files: [OutputFile]) throws(OutputError) {
    try OutputSet.commit(files)
  }

  /// ``close(_:)`` with files that libraries wrote themselves
  /// (``ExternalOutputFile``) in the same set: none takes its target's
  /// place until all are whole.
  public static func close(_ files: [OutputFile], _ external: [ExternalOutputFile])
    throws(OutputError)
  {
    let members: [any OutputSetMember] = files.map { $0 } + external.map { $0 }
    try OutputSet.commit(members)
  }

  /// Flushes the buffer and the stream and, for a file, syncs it to disk
  /// and closes it; the temporary file stays until ``takeTargetsPlace()``.
  func finish() throws(OutputError) {
    guard state == .open else { return }
    flushBuffer()
    if failure == nil, ferror(stream) != 0 { failure = error(errno) }
    if failure == nil, fflush(stream) != 0 { failure = error(errno) }
    guard ownsStream else {
      state = .finished
      if let failure { throw failure }
      return
    }
    if failure == nil, rename != nil, fsync(fileno(stream)) != 0 { failure = error(errno) }
    if fclose(stream) != 0, failure == nil { failure = error(errno) }
    state = .finished
    if let failure { throw failure }
  }

  /// Renames the temporary file over the target; the error when it cannot.
  /// Called within ``TemporaryFiles/commit(_:)``, whose lock it holds.
  func takeTargetsPlace() -> OutputError? {
    guard state == .finished else { return nil }
    guard let rename else {
      state = .committed
      return nil
    }
    guard renameFile(rename.temporary, rename.target) == 0 else { return error(errno) }
    state = .committed
    return nil
  }

  /// Closes the stream if it is still open and removes the temporary file:
  /// the target keeps what it held.
  func discard() {
    switch state {
    case .committed, .discarded: return
    case .open: if ownsStream { fclose(stream) }
    case .finished: break
    }
    state = .discarded
    if let rename {
      unlink(rename.temporary)
      TemporaryFiles.forget(rename.token)
    }
  }

  private func flushBuffer() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { handOver($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Hands `bytes` to the stream, asking for write-back every
  /// ``writeBackStep`` bytes; a short write is kept as ``failure``.
  private func handOver(_ bytes: UnsafeRawBufferPointer) {
    guard failure == nil else { return }
    if fwrite(bytes.baseAddress, 1, bytes.count, stream) < bytes.count {
      failure = error(errno)
      return
    }
    handedOver += bytes.count
    if rename != nil, handedOver - writeBackAsked >= Self.writeBackStep { startWriteBack() }
  }

  private func error(_ code: Int32) -> OutputError {
    OutputError(path: path, reason: Self.reason(code))
  }

  /// Every 8 MB of a file, the system is asked to start writing what it
  /// holds of it to disk (`posix_fadvise` `DONTNEED`, which on Linux starts
  /// the writing without waiting for it, and lets go of the pages already
  /// written), so that the `fsync` that ends the file has little left to
  /// wait for (BENCHMARKS.md, session 6: "The output written to disk as it
  /// goes").
  static let writeBackStep = 8 << 20

  private func startWriteBack() {
    if fflush(stream) != 0 {
      failure = error(errno)
      return
    }
    let fd = fileno(stream)
    // The range asked before too: pages that were still being written then
    // are let go of now.
    let from = max(0, writeBackAsked - Self.writeBackStep)
    #if canImport(Glibc)
      _ = posix_fadvise(fd, off_t(from), off_t(handedOver - from), POSIX_FADV_DONTNEED)
    #else
      _ = (fd, from)  // Linux only; elsewhere the closing `fsync` writes it all.
    #endif
    writeBackAsked = handedOver
  }
}

/// A member of the set ``OutputFile/close(_:)`` commits (``OutputSet``).
extension OutputFile: OutputSetMember {
  var isPending: Bool { state == .open || state == .finished }
  var isCommitted: Bool { state == .committed }
  var renaming: (target: String, token: Int)? { rename.map { ($0.target, $0.token) } }
}

public struct OutputError: Error, Sendable, CustomStringConvertible {
  public var path: String
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String {
    "\(path == "-" ? "standard output" : path): error: cannot write: \(reason)"
  }
}
