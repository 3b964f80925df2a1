import GRDB

extension HistoryError {
  /// The error for `error`, thrown by SQLite or GRDB while the store was
  /// doing `action` ("cannot open the history", "cannot record the run of
  /// 2024"). `unchanged` is added to the advice: what the failure left of
  /// the file (a rolled-back transaction leaves it as it was).
  static func database(
    _ error: any Error, path: String, action: String, unchanged: String
  ) -> HistoryError {
    guard let error = error as? DatabaseError else {
      return HistoryError(
        path: path, problem: "\(action): the file holds a value mujun cannot read (\(error))",
        advice: "was it edited by hand? restore it from a backup; \(unchanged)")
    }
    let sqlite = error.message ?? "SQLite error \(error.resultCode.rawValue)"
    let (what, advice): (String, String)
    switch error.resultCode {
    case .SQLITE_NOTADB:
      (what, advice) = (
        "this is not an SQLite database, so not a mujun history",
        "give the path of the history file, or a new path to start one"
      )
    case .SQLITE_CORRUPT:
      (what, advice) = (
        "the history file is damaged (\(sqlite))",
        "restore it from a backup, or give a new path to start another history"
      )
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      (what, advice) = (
        "another program is using the history file (\(sqlite))",
        "wait until it has finished and run again"
      )
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      (what, advice) = (
        "the history file cannot be written (\(sqlite))",
        "check the permissions of the file and of its folder, or give another path"
      )
    case .SQLITE_CANTOPEN:
      (what, advice) = (
        "the history file cannot be opened (\(sqlite))",
        "check that its folder exists and that you may read and write there"
      )
    case .SQLITE_FULL:
      (what, advice) = ("the disk is full (\(sqlite))", "free some space and run again")
    case .SQLITE_IOERR:
      (what, advice) = (
        "the history file cannot be read or written (\(sqlite))",
        "check the disk and run again"
      )
    default:
      (what, advice) = (
        "SQLite error \(error.resultCode.rawValue) (\(sqlite))",
        "check the file with `sqlite3 FILE 'PRAGMA integrity_check'` and run again"
      )
    }
    return HistoryError(
      path: path, problem: "\(action): \(what)", advice: "\(advice); \(unchanged)")
  }
}
