import GRDB

/// Reads the history's rows back into its value types, inside a read
/// transaction the caller holds. Decoding throws rather than trapping on a
/// value of the wrong kind (the file may have been edited by hand).
struct HistoryReader {
  let db: Database

  static let enterpriseColumns = """
    year, code, name, track, area_mu, score, class, rank, rank_of, group_name, exemption, veto
    """

  func years() throws -> [Int] {
    try Int.fetchAll(db, sql: "SELECT year FROM run ORDER BY year")
  }

  func run(year: Int) throws -> HistoryRun? {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT recorded_at, rule_set_id, rule_set_version, rule_set_sha256
          FROM run WHERE year = ?
          """, arguments: [year])
    else { return nil }
    let inputs = try Row.fetchAll(
      db, sql: "SELECT file, sha256 FROM input WHERE year = ? ORDER BY file, sha256, rowid",
      arguments: [year]
    ).map { row in
      HistoryInput(file: try row.decode(atIndex: 0), sha256: try row.decode(atIndex: 1))
    }
    return HistoryRun(
      year: year, recordedAt: try row.decode(atIndex: 0),
      ruleSet: HistoryRuleSet(
        id: try row.decode(atIndex: 1), version: try row.decode(atIndex: 2),
        sha256: try row.decode(atIndex: 3)),
      inputs: inputs, enterprises: try enterprises(year: year),
      benchmarks: try benchmarks(year: year))
  }

  /// Every enterprise of `year`, in the order of their codes, each with its
  /// figures and indicators (read a table at a time and grouped by code).
  func enterprises(year: Int) throws -> [HistoryEnterprise] {
    var figures: [String: [HistoryFigure]] = [:]
    let figureRows = try Row.fetchCursor(
      db, sql: "SELECT code, field, value, source FROM figure WHERE year = ? ORDER BY code, field",
      arguments: [year])
    while let row = try figureRows.next() {
      figures[try row.decode(atIndex: 0), default: []].append(try figure(row, from: 1))
    }
    var indicators: [String: [HistoryIndicator]] = [:]
    let indicatorRows = try Row.fetchCursor(
      db, sql: "SELECT code, name, value FROM indicator WHERE year = ? ORDER BY code, name",
      arguments: [year])
    while let row = try indicatorRows.next() {
      indicators[try row.decode(atIndex: 0), default: []].append(try indicator(row, from: 1))
    }
    var enterprises: [HistoryEnterprise] = []
    let rows = try Row.fetchCursor(
      db, sql: "SELECT \(Self.enterpriseColumns) FROM enterprise WHERE year = ? ORDER BY code",
      arguments: [year])
    while let row = try rows.next() {
      var enterprise = try enterprise(row)
      enterprise.figures = figures[enterprise.code] ?? []
      enterprise.indicators = indicators[enterprise.code] ?? []
      enterprises.append(enterprise)
    }
    return enterprises
  }

  /// The firm's results over the years, oldest first, with their figures
  /// and indicators.
  func enterprise(code: String) throws -> [HistoryEnterpriseYear] {
    let rows = try Row.fetchAll(
      db, sql: "SELECT \(Self.enterpriseColumns) FROM enterprise WHERE code = ? ORDER BY year",
      arguments: [code])
    return try rows.map { row in
      let year: Int = try row.decode(atIndex: 0)
      var enterprise = try enterprise(row)
      enterprise.figures = try Row.fetchAll(
        db,
        sql: "SELECT field, value, source FROM figure WHERE year = ? AND code = ? ORDER BY field",
        arguments: [year, code]
      ).map { try figure($0, from: 0) }
      enterprise.indicators = try Row.fetchAll(
        db, sql: "SELECT name, value FROM indicator WHERE year = ? AND code = ? ORDER BY name",
        arguments: [year, code]
      ).map { try indicator($0, from: 0) }
      return HistoryEnterpriseYear(year: year, enterprise: enterprise)
    }
  }

  func classes(code: String) throws -> [Int: String] {
    let rows = try Row.fetchAll(
      db, sql: "SELECT year, class FROM enterprise WHERE code = ? AND class IS NOT NULL",
      arguments: [code])
    var classes: [Int: String] = [:]
    for row in rows {
      classes[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
    }
    return classes
  }

  func classes(year: Int) throws -> [String: String] {
    let rows = try Row.fetchAll(
      db, sql: "SELECT code, class FROM enterprise WHERE year = ? AND class IS NOT NULL",
      arguments: [year])
    var classes: [String: String] = [:]
    for row in rows {
      classes[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
    }
    return classes
  }

  func benchmarks(year: Int) throws -> [HistoryBenchmark] {
    try Row.fetchAll(
      db,
      sql: """
        SELECT scheme, group_name, indicator, value, basis FROM benchmark
        WHERE year = ? ORDER BY scheme, group_name, indicator
        """, arguments: [year]
    ).map { row in
      HistoryBenchmark(
        scheme: try row.decode(atIndex: 0), group: try row.decode(atIndex: 1),
        indicator: try row.decode(atIndex: 2), value: try row.decode(atIndex: 3),
        basis: try row.decode(atIndex: 4))
    }
  }

  /// Corrections matching `condition` (`code = ?`, `year = ?`), by year,
  /// code and the order they were recorded in.
  func corrections(where condition: String, _ arguments: StatementArguments) throws
    -> [HistoryCorrection]
  {
    try Row.fetchAll(
      db,
      sql: """
        SELECT year, code, field, old_value, new_value, reason, document, applied_on, source
        FROM correction WHERE \(condition) ORDER BY year, code, id
        """, arguments: arguments
    ).map { row in
      HistoryCorrection(
        year: try row.decode(atIndex: 0), code: try row.decode(atIndex: 1),
        field: try row.decode(atIndex: 2), oldValue: try row.decode(atIndex: 3),
        newValue: try row.decode(atIndex: 4), reason: try row.decode(atIndex: 5),
        document: try row.decode(atIndex: 6), appliedOn: try row.decode(atIndex: 7),
        source: try row.decode(atIndex: 8))
    }
  }

  /// An enterprise row selected with ``enterpriseColumns``, without its
  /// figures and indicators.
  private func enterprise(_ row: Row) throws -> HistoryEnterprise {
    HistoryEnterprise(
      code: try row.decode(atIndex: 1), name: try row.decode(atIndex: 2),
      track: try row.decode(atIndex: 3), areaMu: try row.decode(atIndex: 4),
      score: try row.decode(atIndex: 5), class: try row.decode(atIndex: 6),
      rank: try row.decode(atIndex: 7), of: try row.decode(atIndex: 8),
      group: try row.decode(atIndex: 9), exemption: try row.decode(atIndex: 10),
      veto: try row.decode(atIndex: 11))
  }

  private func figure(_ row: Row, from index: Int) throws -> HistoryFigure {
    HistoryFigure(
      field: try row.decode(atIndex: index), value: try row.decode(atIndex: index + 1),
      source: try row.decode(atIndex: index + 2))
  }

  private func indicator(_ row: Row, from index: Int) throws -> HistoryIndicator {
    HistoryIndicator(
      name: try row.decode(atIndex: index), value: try row.decode(atIndex: index + 1))
  }
}
