import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// docs/history.md: "A crash or a kill loses nothing." A year of a large
/// county (`mujun sample --parcels 50000 --firms`) takes seconds to write;
/// while it is written, SQLite's rollback journal `history.sqlite-journal`
/// lies beside the file (on a history that exists, only then). Each run
/// below is stopped while the journal is there, so the signal lands inside
/// the write: one by SIGKILL once the write has reached the file (the
/// journal is then hot, and the next opening plays it back), one by
/// SIGTERM as soon as the write begins. Either way the history is found as
/// it was before the run, by `sqlite3` and by mujun.
@Suite(.serialized) struct EnterpriseHistoryKillTests {
  /// How a stopped run ended.
  struct Stopped {
    /// Whether the moment came, so the signal was sent during the write.
    var duringWrite: Bool
    var reason: Process.TerminationReason
    var status: Int32
    var standardError: String
  }

  /// When to send the signal.
  enum Moment {
    /// As soon as the journal exists: the write has begun.
    case journalAppears
    /// Once the journal exists and the history file itself has been
    /// written to (its modification time moved): pages of the write have
    /// reached the file, which only the journal can now put back.
    case fileWritten
  }

  /// The modification time of `path` in nanoseconds, and its size.
  static func stamp(_ path: String) -> [Int] {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let modified = attributes[.modificationDate] as? Date,
      let size = attributes[.size] as? Int
    else { return [] }
    let nanoseconds = Int((modified.timeIntervalSince1970 * 1e9).rounded())
    return [nanoseconds / 1_000_000_000, nanoseconds % 1_000_000_000, size]
  }

  /// Starts mujun with `arguments`, waits for `moment` of the write of
  /// `history` and sends `signal`; returns once the process has ended.
  static func stop(
    _ arguments: [String], history: String, at moment: Moment, with signal: Int32, in dir: String
  ) throws -> Stopped {
    let journal = history + "-journal"
    let before = stamp(history)
    let errorPath = dir + "/stderr-\(UUID().uuidString).txt"
    #expect(FileManager.default.createFile(atPath: errorPath, contents: Data()))
    let errorFile = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    let process = Process()
    process.executableURL = mujunExecutable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errorFile
    try process.run()
    var seen = false
    let deadline = Date().addingTimeInterval(600)
    while process.isRunning, Date() < deadline {
      if FileManager.default.fileExists(atPath: journal),
        moment == .journalAppears || stamp(history) != before
      {
        kill(process.processIdentifier, signal)
        seen = true
        break
      }
      usleep(200)
    }
    if !seen { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    try errorFile.close()
    return Stopped(
      duringWrite: seen, reason: process.terminationReason, status: process.terminationStatus,
      standardError: try String(contentsOfFile: errorPath, encoding: .utf8))
  }

  /// Whether `journal` begins with SQLite's journal magic number: a hot
  /// journal, written and synced before the file was changed, which the
  /// next opening plays back (a journal whose header is still zero was
  /// never needed: the file was not touched).
  static func isHot(_ journal: String) throws -> Bool {
    let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: journal))
    defer { try? handle.close() }
    let head = try handle.read(upToCount: 8)
    return head.map(Array.init) == [0xD9, 0xD5, 0x05, 0xF9, 0x20, 0xA1, 0x63, 0xD7]
  }

  @Test func aSignalDuringTheHistoryWriteLosesNothing() throws {
    let dir = try temporaryDirectory()
    let county = dir + "/county.xml"
    let sample = try mujun([
      "sample", "--parcels", "50000", "--firms", "--data-dir", dir + "/data", "--out", county,
    ])
    try #require(sample.status == 0, "\(sample.standardError)")
    let history = dir + "/history.sqlite"
    let journal = history + "-journal"
    func run(_ year: Int) -> [String] {
      [
        "evaluate", county, "--year", "\(year)", "--rules", County.historyRules, "--history",
        history, "--quiet",
      ]
        + (year == 2024
          ? [
            "--data", dir + "/data/tax.csv", "--data", dir + "/data/stats.csv", "--data",
            dir + "/data/power.csv",
          ]
          : [])
    }
    let first = try mujun(run(2023))
    try #require(first.status == 0, "\(first.standardError)")
    let firms2023 = try sqlite3(history, "select * from enterprise where year = 2023 order by code")
    let counts2023 = try sqlite3(
      history,
      "select (select count(*) from enterprise where year = 2023), (select count(*) from figure where year = 2023), (select count(*) from indicator where year = 2023)"
    )
    let afterFirst = try sqlite3(history, ".sha3sum")
    let recorded2023 = try sqlite3(history, "select recorded_at from run where year = 2023")
    #expect(!firms2023.isEmpty)

    // SIGKILL while 2023 is written again: the rerun has deleted 2023's
    // rows and is putting new ones in.
    let killed = try Self.stop(
      run(2023), history: history, at: .fileWritten, with: SIGKILL, in: dir)
    try #require(killed.duringWrite, "the run ended before its history write was seen")
    #expect(killed.reason == .uncaughtSignal && killed.status == SIGKILL)
    #expect(try Self.isHot(journal), "no hot journal after the kill")
    // docs/history.md: copy the journal along with the file; the copy,
    // opened by sqlite3, is the file of before the run, 2023 whole.
    let copy = dir + "/copy"
    try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: history, toPath: copy + "/history.sqlite")
    try FileManager.default.copyItem(atPath: journal, toPath: copy + "/history.sqlite-journal")
    #expect(try sqlite3(copy + "/history.sqlite", "pragma integrity_check") == "ok\n")
    #expect(try sqlite3(copy + "/history.sqlite", ".sha3sum") == afterFirst)
    #expect(
      try sqlite3(
        copy + "/history.sqlite", "select * from enterprise where year = 2023 order by code")
        == firms2023)

    // mujun's next opening rolls the journal back too, and writes 2024.
    let second = try mujun(run(2024))
    #expect(second.status == 0, "\(second.standardError)")
    #expect(!FileManager.default.fileExists(atPath: journal))
    #expect(try sqlite3(history, "pragma integrity_check") == "ok\n")
    #expect(
      try sqlite3(history, "select * from enterprise where year = 2023 order by code") == firms2023)
    #expect(
      try sqlite3(
        history,
        "select (select count(*) from enterprise where year = 2023), (select count(*) from figure where year = 2023), (select count(*) from indicator where year = 2023)"
      ) == counts2023)
    let years = try sqlite3(history, "select year from run order by year")
    #expect(years == "2023\n2024\n")
    // 2023 as the first run recorded it, not as the killed rerun would have.
    #expect(
      try sqlite3(history, "select recorded_at from run where year = 2023") == recorded2023)
    let afterSecond = try sqlite3(history, ".sha3sum")

    // SIGTERM while 2024 is written again (its rows deleted, new ones
    // going in): mujun stops at once, after its outputs; the history holds
    // both years exactly as before.
    let stopped = try Self.stop(
      run(2024), history: history, at: .journalAppears, with: SIGTERM, in: dir)
    try #require(stopped.duringWrite, "the rerun ended before its history write was seen")
    #expect(stopped.reason == .exit && stopped.status == 128 + SIGTERM)
    #expect(stopped.standardError.contains("mujun: stopped by SIGTERM"))
    #expect(FileManager.default.fileExists(atPath: journal), "no journal after SIGTERM")
    #expect(try sqlite3(history, "pragma integrity_check") == "ok\n")
    #expect(try sqlite3(history, ".sha3sum") == afterSecond)
  }
}
