import Foundation
import GRDB

/// The history: each year's run kept in an SQLite file (tables described in
/// docs/history.md), so that a later run can count a firm's consecutive D
/// years, show its indicators and class over the years, take the previous
/// year's benchmarks, and keep every correction made after publication.
///
/// The file uses SQLite's rollback journal: a write is one transaction, and a
/// crash or a kill in the middle of it leaves a journal that the next opening
/// rolls back, so what was committed before is never lost.
public struct HistoryStore: Sendable {
  /// The history file's path, as the caller gave it.
  public let path: String
  let queue: DatabaseQueue

  /// Opens the history at `path`, creating it when there is no file there,
  /// and brings its schema up to date. Refuses, without altering it, a file
  /// that is not SQLite, another program's SQLite database, and a history
  /// written by a newer mujun. `lockTimeout` is how long to wait, in seconds,
  /// while another program writes to the file before giving up with an error.
  public init(path: String, lockTimeout: Double = 5) throws(HistoryError) {
    let untouched = "the file was left as it was"
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw HistoryError(
        path: path, problem: "cannot open the history: this is a folder, not a file",
        advice: "give the history file's path, such as \(path)/history.sqlite")
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(lockTimeout)
    configuration.label = "mujun history"
    let queue: DatabaseQueue
    let state: HistoryFileState
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
      state = try queue.read { db in try HistoryFileState(db) }
    } catch {
      throw .database(error, path: path, action: "cannot open the history", unchanged: untouched)
    }
    switch state {
    case .foreign:
      throw HistoryError(
        path: path,
        problem:
          "cannot open the history: this SQLite database is not a mujun history (it has tables of another program)",
        advice: "give the path of the history file, or a new path to start one; \(untouched)")
    case .newer(let unknown):
      throw HistoryError(
        path: path,
        problem:
          "cannot open the history: it was written by a newer mujun (schema \(unknown.joined(separator: ", ")), which this mujun does not know; it knows \(HistorySchema.versions.joined(separator: ", ")))",
        advice: "use that mujun or a later one with this file, or give a new path; \(untouched)")
    case .current:
      break
    case .behind:
      do {
        try HistorySchema.migrator.migrate(queue)
      } catch {
        throw .database(
          error, path: path,
          action: "cannot bring the history to schema \(HistorySchema.versions.last ?? "")",
          unchanged: "the schema change was rolled back")
      }
    }
    self.path = path
    self.queue = queue
  }
}
