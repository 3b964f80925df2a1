import GRDB

/// Writes a run's rows inside a transaction the caller holds, with one
/// prepared statement per table reused for every row.
struct HistoryWriter {
  let db: Database
  private let insertEnterprise: Statement
  private let insertFigure: Statement
  private let insertIndicator: Statement

  init(_ db: Database) throws {
    self.db = db
    insertEnterprise = try db.makeStatement(
      sql: """
        INSERT INTO enterprise (year, code, name, track, area_mu, score, class, rank, rank_of,
          group_name, exemption, veto)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertFigure = try db.makeStatement(
      sql: "INSERT INTO figure (year, code, field, value, source) VALUES (?, ?, ?, ?, ?)")
    insertIndicator = try db.makeStatement(
      sql: "INSERT INTO indicator (year, code, name, value) VALUES (?, ?, ?, ?)")
  }

  /// Deletes every row of the run's year, then inserts the run's rows, and
  /// the enterprises of `more` after its own (made as they are written, so
  /// a county's enterprises are never all held at once).
  func replace(_ run: HistoryRun, more: some Sequence<HistoryEnterprise> = []) throws {
    // Children before parents, as the foreign keys require.
    for table in ["figure", "indicator", "enterprise", "benchmark", "input", "run"] {
      try db.execute(sql: "DELETE FROM \(table) WHERE year = ?", arguments: [run.year])
    }
    try db.execute(
      sql: """
        INSERT INTO run (year, recorded_at, rule_set_id, rule_set_version, rule_set_sha256)
        VALUES (?, ?, ?, ?, ?)
        """,
      arguments: [
        run.year, run.recordedAt, run.ruleSet.id, run.ruleSet.version, run.ruleSet.sha256,
      ])
    let insertInput = try db.makeStatement(
      sql: "INSERT INTO input (year, file, sha256) VALUES (?, ?, ?)")
    for input in run.inputs {
      try insertInput.execute(arguments: [run.year, input.file, input.sha256])
    }
    for enterprise in run.enterprises {
      try insert(enterprise, year: run.year)
    }
    for enterprise in more {
      try insert(enterprise, year: run.year)
    }
    let insertBenchmark = try db.makeStatement(
      sql: """
        INSERT INTO benchmark (year, scheme, group_name, indicator, value, basis)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for benchmark in run.benchmarks {
      let what = "benchmark \(benchmark.indicator) of \(benchmark.scheme), \(benchmark.group)"
      try finite(benchmark.value, what)
      try execute(
        insertBenchmark,
        [
          run.year, benchmark.scheme, benchmark.group, benchmark.indicator, benchmark.value,
          benchmark.basis,
        ], duplicate: "\(what) is in the run twice")
    }
  }

  private func insert(_ enterprise: HistoryEnterprise, year: Int) throws {
    let code = enterprise.code
    try finite(enterprise.areaMu, "enterprise \(code): areaMu")
    try finite(enterprise.score, "enterprise \(code): score")
    try execute(
      insertEnterprise,
      [
        year, code, enterprise.name, enterprise.track, enterprise.areaMu, enterprise.score,
        enterprise.class, enterprise.rank, enterprise.of, enterprise.group, enterprise.exemption,
        enterprise.veto,
      ], duplicate: "enterprise \(code) is in the run twice")
    for figure in enterprise.figures {
      try finite(figure.value, "enterprise \(code): figure \(figure.field)")
      try execute(
        insertFigure, [year, code, figure.field, figure.value, figure.source],
        duplicate: "enterprise \(code) has the figure \(figure.field) twice")
    }
    for indicator in enterprise.indicators {
      try finite(indicator.value, "enterprise \(code): indicator \(indicator.name)")
      try execute(
        insertIndicator, [year, code, indicator.name, indicator.value],
        duplicate: "enterprise \(code) has the indicator \(indicator.name) twice")
    }
  }

  /// Adds the corrections not already kept; how many were new. A correction
  /// is already kept when one has the same year, code, field, new value and
  /// document (`IS` so that a NULL new value matches a NULL).
  func add(_ corrections: [HistoryCorrection]) throws -> Int {
    guard !corrections.isEmpty else { return 0 }
    let existing = try db.makeStatement(
      sql: """
        SELECT 1 FROM correction
        WHERE code = ? AND year = ? AND field = ? AND new_value IS ? AND document = ?
        """)
    let insert = try db.makeStatement(
      sql: """
        INSERT INTO correction (year, code, field, old_value, new_value, reason, document,
          applied_on, source)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    var added = 0
    for correction in corrections {
      let what = "correction of \(correction.code) \(correction.field) (\(correction.source))"
      try finite(correction.oldValue, "\(what): old value")
      try finite(correction.newValue, "\(what): new value")
      let key: StatementArguments = [
        correction.code, correction.year, correction.field, correction.newValue,
        correction.document,
      ]
      if try Bool.fetchOne(existing, arguments: key) != nil { continue }
      try insert.execute(arguments: [
        correction.year, correction.code, correction.field, correction.oldValue,
        correction.newValue, correction.reason, correction.document, correction.appliedOn,
        correction.source,
      ])
      added += 1
    }
    return added
  }

  /// Executes `statement`; a key already in the table is `duplicate`.
  private func execute(_ statement: Statement, _ arguments: StatementArguments, duplicate: String)
    throws
  {
    do {
      try statement.execute(arguments: arguments)
    } catch let error as DatabaseError
      where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
    {
      throw HistoryRowProblem(message: duplicate)
    }
  }

  /// SQLite keeps NaN as NULL (no data) and JSON has no infinity: neither
  /// is a value the history can keep and give back.
  private func finite(_ value: Double?, _ what: @autoclosure () -> String) throws {
    if let value, !value.isFinite {
      throw HistoryRowProblem(message: "\(what()) is \(value), not a number the history can keep")
    }
  }
}
