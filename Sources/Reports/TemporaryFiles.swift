import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files of this process's outputs (``OutputFile``) that are
/// not yet renamed over their targets, so that a signal can remove them
/// before the process ends (``removeAll()``), and the renames that commit
/// a set of outputs, which a signal never cuts in two.
package enum TemporaryFiles {
  private struct State: ~Copyable {
    var paths: [Int: String] = [:]
    var nextToken = 0
    /// Set by ``removeAll()``: the process is ending; nothing more is
    /// created or renamed.
    var sealed = false
    /// Some set of outputs took the place of the files before it.
    var committed = false
  }

  private static let state = Mutex(State())

  /// Notes a temporary file; nil when the process is ending (it must not
  /// be created).
  static func add(_ path: String) -> Int? {
    state.withLock { state in
      guard !state.sealed else { return nil }
      let token = state.nextToken
      state.nextToken += 1
      state.paths[token] = path
      return token
    }
  }

  /// Forgets a temporary file that was renamed or removed.
  static func forget(_ token: Int) {
    state.withLock { _ = $0.paths.removeValue(forKey: token) }
  }

  /// Runs `renames` (a set of outputs taking their targets' places) with
  /// no signal able to remove the temporary files halfway; false when the
  /// process is ending and nothing was renamed.
  static func commit(_ renames: () -> Void) -> Bool {
    state.withLock { state in
      guard !state.sealed else { return false }
      renames()
      state.committed = true
      return true
    }
  }

  /// Removes every temporary file not yet renamed, and lets no new one be
  /// made or renamed: for a process about to end on a signal. Returns how
  /// many were removed and whether a set of outputs had already replaced
  /// its targets (they stay: they are whole).
  package static func removeAll() -> (removed: Int, committed: Bool) {
    state.withLock { state in
      state.sealed = true
      var removed = 0
      for path in state.paths.values where unlink(path) == 0 { removed += 1 }
      state.paths.removeAll()
      return (removed, state.committed)
    }
  }
}
