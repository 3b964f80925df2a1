import GRDB

extension HistoryStore {
  /// The years recorded, oldest first.
  public func years() throws(HistoryError) -> [Int] {
    try read("the years") { try $0.years() }
  }

  /// The run recorded for `year`, whole; nil when there is none.
  public func run(year: Int) throws(HistoryError) -> HistoryRun? {
    try read("the run of \(year)") { try $0.run(year: year) }
  }

  /// The firm's class in each year it was classed (A–D, or T when exempt);
  /// years where it was not scored, or not in the run, are absent.
  public func classes(of code: String) throws(HistoryError) -> [Int: String] {
    try read("the classes of \(code)") { try $0.classes(code: code) }
  }

  /// Every firm's class in `year` (A–D, or T), by credit code; firms not
  /// scored that year are absent. One query for a whole year, where
  /// ``classes(of:)`` would take one per firm.
  public func classes(year: Int) throws(HistoryError) -> [String: String] {
    try read("the classes of \(year)") { try $0.classes(year: year) }
  }

  /// How many years in a row, ending at `year`, the firm was in `class`:
  /// the differentiated prices that rise after N consecutive D years
  /// (domain.md: Haining's D surcharge 0.3 元/kWh, 0.4 after three D years).
  /// For `year` itself `current` counts when given (this run's class, not
  /// yet recorded), else the class recorded for it. Every year before must
  /// be recorded in that class: a year without a class for the firm (not in
  /// the history, not scored, or another class, T included) ends the run.
  public func consecutiveYears(
    of class: String, code: String, endingAt year: Int, current: String? = nil
  ) throws(HistoryError) -> Int {
    let classes = try classes(of: code)
    var count = 0
    var cursor = year
    var classOfYear = current ?? classes[year]
    while classOfYear == `class` {
      count += 1
      guard cursor > Int.min else { break }
      cursor -= 1
      classOfYear = classes[cursor]
    }
    return count
  }

  /// The firm's results over the years, oldest first: its trend of
  /// indicators and classes.
  public func enterprise(_ code: String) throws(HistoryError) -> [HistoryEnterpriseYear] {
    try read("the results of \(code)") { try $0.enterprise(code: code) }
  }

  /// The benchmarks computed in `year`'s run (none when there is no run),
  /// in the order of scheme, group and indicator: the benchmarks "of the
  /// previous year" for the next year's scheme.
  public func benchmarks(year: Int) throws(HistoryError) -> [HistoryBenchmark] {
    try read("the benchmarks of \(year)") { try $0.benchmarks(year: year) }
  }

  /// Every correction kept for the firm, by year and in the order they were
  /// recorded.
  public func corrections(of code: String) throws(HistoryError) -> [HistoryCorrection] {
    try read("the corrections of \(code)") { try $0.corrections(where: "code = ?", [code]) }
  }

  /// Every correction kept for `year`, by code and in the order they were
  /// recorded.
  public func corrections(year: Int) throws(HistoryError) -> [HistoryCorrection] {
    try read("the corrections of \(year)") { try $0.corrections(where: "year = ?", [year]) }
  }

  /// Runs `body` in a read transaction; errors name `what` was being read.
  private func read<T>(_ what: String, _ body: (HistoryReader) throws -> T) throws(HistoryError)
    -> T
  {
    do {
      return try queue.read { db in try body(HistoryReader(db: db)) }
    } catch {
      throw .database(
        error, path: path, action: "cannot read \(what)", unchanged: "the file was not changed")
    }
  }
}
