/// One output of a set that ``OutputFile/close(_:)`` commits: written out
/// and made durable (``finish()``), then renamed over its target together
/// with the others (``takeTargetsPlace()``), or discarded. ``OutputFile``
/// (written through its buffer) and ``ExternalOutputFile`` (written by a
/// library, by name) are the two kinds.
protocol OutputSetMember: AnyObject {
  /// The file as the user named it.
  var path: String { get }
  /// Neither committed nor discarded yet.
  var isPending: Bool { get }
  /// In its target's place.
  var isCommitted: Bool { get }
  /// The target it replaces and its temporary file's entry in
  /// ``TemporaryFiles``; nil when it is written in place (a device).
  var renaming: (target: String, token: Int)? { get }
  /// Writes out what is held and makes the temporary file durable.
  func finish() throws(OutputError)
  /// Renames the temporary file over the target; the error when it
  /// cannot. Called within ``TemporaryFiles/commit(_:)``.
  func takeTargetsPlace() -> OutputError?
  /// Removes the temporary file: the target keeps what it held.
  func discard()
}

/// The commit of a run's outputs as a set (``OutputFile/close(_:)``).
enum OutputSet {
  /// Each output is written out and flushed to disk; only when every one
  /// is whole do they take their targets' places, one rename after
  /// another with no signal between (``TemporaryFiles``). When one cannot
  /// be written, none is renamed: every temporary file is removed and
  /// every target keeps what it held.
  static func commit(_ members: [any OutputSetMember]) throws(OutputError) {
    let files = members.filter(\.isPending)
    var failed: OutputError?
    for file in files where failed == nil {
      do throws(OutputError) {
        try file.finish()
      } catch {
        failed = error
      }
    }
    if let failed {
      for file in files { file.discard() }
      throw failed
    }
    let renamed = TemporaryFiles.commit {
      for file in files where failed == nil {
        failed = file.takeTargetsPlace()
      }
    }
    for file in files where !file.isCommitted { file.discard() }
    guard renamed else {
      throw OutputError(path: files.first?.path ?? "", reason: "the run is stopping")
    }
    for file in files where file.isCommitted {
      if let renaming = file.renaming { TemporaryFiles.forget(renaming.token) }
    }
    if let failed { throw failed }
    for file in files {
      if let renaming = file.renaming { OutputFile.syncFolder(of: renaming.target) }
    }
  }
}
