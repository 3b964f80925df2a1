import Foundation
import GRDB
import History
import Testing

/// A writer killed in the middle of a transaction loses nothing that was
/// there before.
///
/// The writer is a real process: a Swift Testing exit test, which runs its
/// closure in a child process started from this same test executable, so
/// the child writes through `HistoryStore.replace` exactly as mujun does,
/// with nothing to build or find beyond the tests themselves. The child
/// kills itself with SIGKILL (no cleanup, as the kernel ends a process) from
/// a thread of its own once the database file has grown by 4 MiB: SQLite
/// spills pages of the open transaction into the file when its page cache
/// (about 2 MB by default) is full, so by then the file itself holds pages of a
/// transaction that never commits, and SQLite's journal holds the pages they
/// overwrote. The year written is ten times that size or more, so the kill
/// always comes before the commit; a child that finished would exit 0 and
/// fail the expectation of a SIGKILL.
@Suite struct HistoryCrashTests {
  @Test func aWriterKilledWhileRecordingANewYearLosesNothing() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("history.sqlite")
    let store = try HistoryStore(path: path)
    try store.replace(Samples.large(year: 2022, count: 2_000))
    try store.replace(Samples.run2023())
    let before = try bytes(of: path)

    await #expect(processExitsWith: .signal(SIGKILL)) { [path = path as String] in
      let store = try HistoryStore(path: path)
      killWhenGrown(path, by: 4 << 20)
      try store.replace(Samples.large(year: 2024, count: 200_000))
    }

    try expectRecovered(path, before: before)
    let reopened = try HistoryStore(path: path)
    #expect(try reopened.years() == [2022, 2023])
    #expect(try reopened.run(year: 2022) == Samples.large(year: 2022, count: 2_000))
    #expect(try reopened.run(year: 2023) == Samples.run2023())
  }

  @Test func aWriterKilledWhileReplacingAYearLeavesTheOldYearWhole() async throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("history.sqlite")
    let store = try HistoryStore(path: path)
    try store.replace(Samples.large(year: 2023, count: 20_000))
    try store.replace(Samples.run2024())
    let before = try bytes(of: path)

    // The rerun first deletes 2023's rows, then reuses their pages for the
    // new rows before the file grows: the old year's pages are overwritten
    // by the time the child is killed.
    await #expect(processExitsWith: .signal(SIGKILL)) { [path = path as String] in
      let store = try HistoryStore(path: path)
      killWhenGrown(path, by: 4 << 20)
      try store.replace(
        Samples.large(year: 2023, count: 200_000, recordedAt: "2025-07-01T00:00:00Z"))
    }

    try expectRecovered(path, before: before)
    let reopened = try HistoryStore(path: path)
    #expect(try reopened.years() == [2023, 2024])
    #expect(try reopened.run(year: 2023) == Samples.large(year: 2023, count: 20_000))
    #expect(try reopened.run(year: 2024) == Samples.run2024())
  }

  /// The kill left a transaction half-written (a journal beside the file,
  /// the file grown); opening the file rolls it back to exactly the bytes
  /// it had before, and SQLite's integrity check passes.
  func expectRecovered(_ path: String, before: Data) throws {
    #expect(fileSize(path + "-journal") > 0)
    #expect(fileSize(path) > before.count)
    _ = try HistoryStore(path: path)
    #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
    #expect(try bytes(of: path) == before)
    let check = try DatabaseQueue(path: path).read { db in
      try String.fetchAll(db, sql: "PRAGMA integrity_check")
    }
    #expect(check == ["ok"])
  }
}

/// Kills this process with SIGKILL, from a thread of its own, as soon as the
/// file at `path` has grown by `bytes`.
func killWhenGrown(_ path: String, by bytes: Int) {
  let limit = fileSize(path) + bytes
  Thread.detachNewThread {
    while fileSize(path) <= limit { usleep(100) }
    kill(getpid(), SIGKILL)
  }
}
