import GRDB

extension HistoryStore {
  /// Records `run` as the history of its year, in one transaction: every row
  /// of that year (run, inputs, enterprises, figures, indicators,
  /// benchmarks) is deleted and the run's rows inserted, and `corrections`
  /// are added (see ``addCorrections(_:)``). Other years and the corrections
  /// already kept are untouched. On any error nothing is written: the year's
  /// earlier rows are all still there. Returns how many corrections were new.
  @discardableResult
  public func replace(_ run: HistoryRun, corrections: [HistoryCorrection] = [])
    throws(HistoryError) -> Int
  {
    try write(action: "cannot record the run of \(run.year)") { db in
      let writer = try HistoryWriter(db)
      try writer.replace(run)
      return try writer.add(corrections)
    }
  }

  /// ``replace(_:corrections:)`` with the run's enterprises given as a
  /// sequence, each made as it is written, after `run.enterprises`: a
  /// county's enterprises need not all be held at once.
  @discardableResult
  public func replace(
    _ run: HistoryRun, enterprises: some Sequence<HistoryEnterprise>,
    corrections: [HistoryCorrection] = []
  ) throws(HistoryError) -> Int {
    try write(action: "cannot record the run of \(run.year)") { db in
      let writer = try HistoryWriter(db)
      try writer.replace(run, more: enterprises)
      return try writer.add(corrections)
    }
  }

  /// Adds `corrections` to the audit trail in one transaction, skipping any
  /// already kept with the same year, code, field, new value and document
  /// (a rerun applying the same corrections file adds nothing). Returns how
  /// many were new.
  @discardableResult
  public func addCorrections(_ corrections: [HistoryCorrection]) throws(HistoryError) -> Int {
    try write(action: "cannot record the corrections") { db in
      let writer = try HistoryWriter(db)
      return try writer.add(corrections)
    }
  }

  /// Runs `body` in a write transaction, rolled back on any error; errors
  /// named for `action`.
  private func write<T>(action: String, _ body: (Database) throws -> T) throws(HistoryError) -> T {
    let unchanged = "nothing was written: the history is as it was"
    do {
      return try queue.write { db in try body(db) }
    } catch let error as HistoryRowProblem {
      throw HistoryError(
        path: path, problem: "\(action): \(error.message)",
        advice: "this is a fault in what mujun was given to record; report it; \(unchanged)")
    } catch {
      throw .database(error, path: path, action: action, unchanged: unchanged)
    }
  }
}
