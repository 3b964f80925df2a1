import Foundation
import GRDB
import History
import Testing

/// Runs written and read back; a rerun replacing exactly its year.
@Suite struct HistoryRecordingTests {
  @Test func aRunIsReadBackWhole() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path("history.sqlite"))
    let run = Samples.run2023()
    try store.replace(run)
    // Samples.run2023 lists everything in the order the store gives back
    // (codes, fields, names, files, then scheme/group/indicator), so the
    // whole run compares equal: every value, the nil indicator of firm B
    // and the nil figure source included.
    #expect(try store.run(year: 2023) == run)
    #expect(try store.years() == [2023])
    #expect(try store.run(year: 2022) == nil)
  }

  @Test func aReopenedFileHoldsWhatWasWritten() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("history.sqlite")
    try HistoryStore(path: path).replace(Samples.run2023())
    let reopened = try HistoryStore(path: path)
    #expect(try reopened.run(year: 2023) == Samples.run2023())
  }

  @Test func rowsComeBackInTheOrderOfTheirKeys() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path("history.sqlite"))
    var shuffled = Samples.run2023()
    shuffled.enterprises.reverse()
    shuffled.enterprises[2].figures.reverse()
    shuffled.enterprises[2].indicators.reverse()
    shuffled.inputs.reverse()
    shuffled.benchmarks.reverse()
    try store.replace(shuffled)
    #expect(try store.run(year: 2023) == Samples.run2023())
  }

  @Test func twoYearsAreKeptApart() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path("history.sqlite"))
    try store.replace(Samples.run2024())
    try store.replace(Samples.run2023())
    #expect(try store.years() == [2023, 2024])
    #expect(try store.run(year: 2023) == Samples.run2023())
    #expect(try store.run(year: 2024) == Samples.run2024())
    // Firm A: B in 2023, A in 2024; firm B: D in 2023, exempt (T) in 2024;
    // firm C: unscored in 2023 (no class), not in the 2024 run.
    #expect(try store.classes(of: Samples.firmA) == [2023: "B", 2024: "A"])
    #expect(try store.classes(of: Samples.firmB) == [2023: "D", 2024: "T"])
    #expect(try store.classes(of: Samples.firmC) == [:])
    #expect(try store.classes(of: "91000000000000000X") == [:])
  }

  @Test func aFirmsTrendHasEachYearWithItsFiguresAndIndicators() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path("history.sqlite"))
    try store.replace(Samples.run2023())
    try store.replace(Samples.run2024())
    #expect(
      try store.enterprise(Samples.firmA) == [
        HistoryEnterpriseYear(year: 2023, enterprise: Samples.run2023().enterprises[0]),
        HistoryEnterpriseYear(year: 2024, enterprise: Samples.run2024().enterprises[0]),
      ])
    #expect(
      try store.enterprise(Samples.firmC) == [
        HistoryEnterpriseYear(year: 2023, enterprise: Samples.run2023().enterprises[2])
      ])
    #expect(try store.enterprise("91000000000000000X") == [])
  }

  @Test func benchmarksOfAYear() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path("history.sqlite"))
    try store.replace(Samples.run2023())
    try store.replace(Samples.run2024())
    // The 2024 scheme's "previous year" benchmarks are those of 2023.
    #expect(try store.benchmarks(year: 2023) == Samples.run2023().benchmarks)
    #expect(try store.benchmarks(year: 2024) == Samples.run2024().benchmarks)
    #expect(try store.benchmarks(year: 2022) == [])
  }

  @Test func aRerunReplacesExactlyItsYearAndKeepsTheCorrections() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let path = scratch.path("history.sqlite")
    let store = try HistoryStore(path: path)
    try store.replace(Samples.run2023())
    try store.replace(Samples.run2024())
    let added = try store.replace(Samples.run2024Rerun(), corrections: [Samples.taxCorrection])
    #expect(added == 1)

    #expect(try store.run(year: 2024) == Samples.run2024Rerun())
    #expect(try store.run(year: 2023) == Samples.run2023())
    #expect(try store.years() == [2023, 2024])
    // Firm B is in the first 2024 run only: none of its 2024 rows are left.
    #expect(try store.classes(of: Samples.firmB) == [2023: "D"])
    // Row counts of 2024, worked from Samples.run2024Rerun: 1 run, 2 inputs,
    // 2 enterprises (A, C), 2 figures, 2 indicators, 1 benchmark; of 2023
    // from Samples.run2023: 1, 2, 3, 3 (2 + 1 + 0), 4 (2 + 2 + 0), 2.
    #expect(try rowCounts(path, year: 2024) == [1, 2, 2, 2, 2, 1])
    #expect(try rowCounts(path, year: 2023) == [1, 2, 3, 3, 4, 2])

    // The same corrections applied on a second rerun are not repeated.
    let again = try store.replace(Samples.run2024Rerun(), corrections: [Samples.taxCorrection])
    #expect(again == 0)
    #expect(try store.corrections(of: Samples.firmA) == [Samples.taxCorrection])
    #expect(try store.corrections(year: 2024) == [Samples.taxCorrection])
    #expect(try store.corrections(year: 2023) == [])
  }

  /// Rows of `year` in run, input, enterprise, figure, indicator, benchmark.
  func rowCounts(_ path: String, year: Int) throws -> [Int] {
    let queue = try DatabaseQueue(path: path)
    return try queue.read { db in
      try ["run", "input", "enterprise", "figure", "indicator", "benchmark"].map { table in
        try Int.fetchOne(
          db, sql: "SELECT count(*) FROM \(table) WHERE year = ?", arguments: [year]) ?? -1
      }
    }
  }
}
