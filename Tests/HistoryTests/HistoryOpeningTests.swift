import Foundation
import GRDB
import History
import Testing

/// What the store refuses to open, and that it leaves such files as they
/// were.
@Suite struct HistoryOpeningTests {
  /// The error opening `path` gives, and whether the file's bytes were
  /// left as they were.
  func refusal(_ path: String) throws -> (String?, unchanged: Bool) {
    let before = try bytes(of: path)
    let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
    return (error?.description, try bytes(of: path) == before)
  }

  @Test func aNewPathStartsAnEmptyHistory() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("history.sqlite")
    let store = try HistoryStore(path: path)
    #expect(try store.years() == [])
    #expect(FileManager.default.fileExists(atPath: path))
    // Opening it again finds nothing to migrate and nothing recorded.
    #expect(try HistoryStore(path: path).years() == [])
  }

  @Test func aTextFileIsNotAHistory() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("history.sqlite")
    try Data("统一社会信用代码,年度,等级\n91331003MA2AAAAA01,2024,A\n".utf8)
      .write(to: URL(fileURLWithPath: path))
    let (error, unchanged) = try refusal(path)
    #expect(
      error
        == "\(path): error: cannot open the history: this is not an SQLite database, so not a mujun history; give the path of the history file, or a new path to start one; the file was left as it was"
    )
    #expect(unchanged)
  }

  @Test func aHistoryFromANewerMujunIsRefusedUntouched() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("history.sqlite")
    try HistoryStore(path: path).replace(Samples.run2023())
    // A later build would have recorded its migration `v2` after `v1`.
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2')")
    }
    let (error, unchanged) = try refusal(path)
    #expect(
      error
        == "\(path): error: cannot open the history: it was written by a newer mujun (schema v2, which this mujun does not know; it knows v1); use that mujun or a later one with this file, or give a new path; the file was left as it was"
    )
    #expect(unchanged)
  }

  @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("parcels.sqlite")
    try DatabaseQueue(path: path).write { db in
      try db.execute(sql: "CREATE TABLE parcel (id TEXT PRIMARY KEY, area REAL)")
      try db.execute(sql: "INSERT INTO parcel VALUES ('P-1', 12.5)")
    }
    let (error, unchanged) = try refusal(path)
    #expect(
      error
        == "\(path): error: cannot open the history: this SQLite database is not a mujun history (it has tables of another program); give the path of the history file, or a new path to start one; the file was left as it was"
    )
    #expect(unchanged)
  }

  @Test func aFolderIsNotAFile() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.folder.path
    let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
    #expect(
      error?.description
        == "\(path): error: cannot open the history: this is a folder, not a file; give the history file's path, such as \(path)/history.sqlite"
    )
  }

  @Test func aMissingFolderIsAClearError() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("no-such-folder/history.sqlite")
    let error = #expect(throws: HistoryError.self) { try HistoryStore(path: path) }
    #expect(
      error?.description
        == "\(path): error: cannot open the history: the history file cannot be opened (unable to open database file); check that its folder exists and that you may read and write there; the file was left as it was"
    )
  }

  @Test func aFileLockedByAnotherWriterIsAnErrorNotAWait() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("history.sqlite")
    let store = try HistoryStore(path: path, lockTimeout: 0.1)
    try store.replace(Samples.run2023())
    // Another connection holds the file's exclusive lock, as a writer
    // flushing its transaction does.
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: path, configuration: configuration)
    try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }

    let opening = #expect(throws: HistoryError.self) {
      try HistoryStore(path: path, lockTimeout: 0.1)
    }
    #expect(
      opening?.description
        == "\(path): error: cannot open the history: another program is using the history file (database is locked); wait until it has finished and run again; the file was left as it was"
    )
    let reading = #expect(throws: HistoryError.self) { try store.years() }
    #expect(
      reading?.description
        == "\(path): error: cannot read the years: another program is using the history file (database is locked); wait until it has finished and run again; the file was not changed"
    )
    let writing = #expect(throws: HistoryError.self) { try store.replace(Samples.run2024()) }
    #expect(
      writing?.description
        == "\(path): error: cannot record the run of 2024: another program is using the history file (database is locked); wait until it has finished and run again; nothing was written: the history is as it was"
    )

    try other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
    #expect(try store.years() == [2023])
  }

  @Test func theTablesAreReadableWithPlainSQL() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("history.sqlite")
    try HistoryStore(path: path).replace(Samples.run2023())
    // The queries docs/history.md shows a clerk, through plain SQL.
    let queue = try DatabaseQueue(path: path)
    let classes = try queue.read { db in
      try Row.fetchAll(db, sql: "SELECT year, code, class FROM enterprise ORDER BY code").map {
        "\($0[0] as Int) \($0[1] as String) \($0[2] as String? ?? "-")"
      }
    }
    #expect(
      classes == [
        "2023 91331003MA2AAAAA01 B", "2023 91331003MA2BBBBB02 D", "2023 92331003MA2CCCCC03 -",
      ])
    let taxes = try queue.read { db in
      try Double.fetchAll(
        db, sql: "SELECT value FROM figure WHERE field = 'tax' AND year = 2023 ORDER BY code")
    }
    #expect(taxes == [310, 12.5])
    let identity = try queue.read { db in
      (
        try Int.fetchOne(db, sql: "PRAGMA application_id"),
        try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
      )
    }
    // 0x6D756A6E, "mujn" in ASCII.
    #expect(identity.0 == 1_836_411_502)
    #expect(identity.1 == ["v1"])
  }
}
