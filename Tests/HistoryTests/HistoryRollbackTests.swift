import GRDB
import History
import Testing

/// A replace that fails part-way writes nothing: the year's earlier rows
/// are all still there.
@Suite struct HistoryRollbackTests {
  /// A history with 2023 and 2024 (first run) recorded.
  func recorded(_ scratch: Scratch) throws -> (HistoryStore, String) {
    let path = scratch.path("history.sqlite")
    let store = try HistoryStore(path: path)
    try store.replace(Samples.run2023())
    try store.replace(Samples.run2024())
    return (store, path)
  }

  func expectUnchanged(_ store: HistoryStore) throws {
    #expect(try store.years() == [2023, 2024])
    #expect(try store.run(year: 2023) == Samples.run2023())
    #expect(try store.run(year: 2024) == Samples.run2024())
    #expect(try store.corrections(year: 2024) == [])
  }

  @Test func anEnterpriseTwiceFailsAfterTheOldRowsWereDeleted() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let (store, path) = try recorded(scratch)
    // The rerun's firms A and C are inserted (after 2024's rows were
    // deleted), then A again violates the primary key (year, code).
    var broken = Samples.run2024Rerun()
    var again = broken.enterprises[0]
    again.score = 1
    broken.enterprises.append(again)
    let error = #expect(throws: HistoryError.self) {
      try store.replace(broken, corrections: [Samples.taxCorrection])
    }
    #expect(
      error?.description
        == "\(path): error: cannot record the run of 2024: enterprise 91331003MA2AAAAA01 is in the run twice; this is a fault in what mujun was given to record; report it; nothing was written: the history is as it was"
    )
    try expectUnchanged(store)
    // Every 2024 row as before, none of the rerun's: worked from
    // Samples.run2024: 1 run, 1 input, 2 enterprises, 2 figures, 1
    // indicator, 1 benchmark.
    let queue = try DatabaseQueue(path: path)
    let counts = try queue.read { db in
      try ["run", "input", "enterprise", "figure", "indicator", "benchmark"].map { table in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE year = 2024") ?? -1
      }
    }
    #expect(counts == [1, 1, 2, 2, 1, 1])
  }

  @Test func aFigureTwiceIsNamed() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let (store, path) = try recorded(scratch)
    var broken = Samples.run2024Rerun()
    broken.enterprises[1].figures.append(HistoryFigure(field: "tax", value: 21, source: nil))
    let error = #expect(throws: HistoryError.self) {
      try store.replace(broken)
    }
    #expect(
      error?.description
        == "\(path): error: cannot record the run of 2024: enterprise 92331003MA2CCCCC03 has the figure tax twice; this is a fault in what mujun was given to record; report it; nothing was written: the history is as it was"
    )
    try expectUnchanged(store)
  }

  @Test func aNumberThatIsNotFiniteIsRefused() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let (store, path) = try recorded(scratch)
    var broken = Samples.run2024Rerun()
    broken.enterprises[1].indicators[0].value = .nan
    let error = #expect(throws: HistoryError.self) {
      try store.replace(broken)
    }
    #expect(
      error?.description
        == "\(path): error: cannot record the run of 2024: enterprise 92331003MA2CCCCC03: indicator taxPerMu is nan, not a number the history can keep; this is a fault in what mujun was given to record; report it; nothing was written: the history is as it was"
    )
    try expectUnchanged(store)
  }

  @Test func aBadCorrectionUndoesTheRunItCameWith() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let (store, path) = try recorded(scratch)
    var correction = Samples.taxCorrection
    correction.newValue = .infinity
    let error = #expect(throws: HistoryError.self) {
      try store.replace(Samples.run2024Rerun(), corrections: [correction])
    }
    #expect(
      error?.description
        == "\(path): error: cannot record the run of 2024: correction of 91331003MA2AAAAA01 tax (corrections-2024.csv:2): new value is inf, not a number the history can keep; this is a fault in what mujun was given to record; report it; nothing was written: the history is as it was"
    )
    try expectUnchanged(store)
  }
}
