import Foundation
import Testing

/// `mujun evaluate … --history PATH` over two years of the small county of
/// `Tests/Corpus/enterprises` under `history-rules.xml` (README.md there,
/// "history-rules.xml, 2023 then 2024", works the values out), read back
/// with the `sqlite3` tool as docs/history.md does.
@Suite(.serialized) struct EnterpriseHistoryCommandTests {
  /// 2023 from the records alone.
  static func run2023(history: String, enterprises: String) throws -> RunResult {
    try mujun([
      "evaluate", County.records, "--year", "2023", "--rules", County.historyRules, "--history",
      history, "--enterprises", enterprises,
    ])
  }

  /// 2024 with the data file and, unless `corrections` is false, the
  /// corrections file (whose third row is an error: status 2).
  static func run2024(history: String, enterprises: String, corrections: Bool = true) throws
    -> RunResult
  {
    try mujun(
      [
        "evaluate", County.records, "--year", "2024", "--rules", County.historyRules, "--data",
        County.data, "--history", history, "--enterprises", enterprises,
      ] + (corrections ? ["--corrections", County.corrections] : []))
  }

  /// The classes of both years, as README.md works them out.
  static let classes = """
    2023|91331003MA2E10017X|B
    2023|91331003MA2E10025Q|C
    2023|91331003MA2E10033K|A
    2023|91331003MA2E10041E|C
    2023|91331003MA2E1005X6|D
    2023|91331003MA2E100686|T
    2023|91331003MA2E100761|B
    2023|91331003MA2E10084U|
    2023|91331003MA2E10092N|
    2023|91331003MA2E10105C|
    2023|92331003MA2E101134|
    2024|91331003MA2E10017X|B
    2024|91331003MA2E10025Q|B
    2024|91331003MA2E10033K|A
    2024|91331003MA2E10041E|C
    2024|91331003MA2E1005X6|D
    2024|91331003MA2E100686|T
    2024|91331003MA2E100761|D
    2024|91331003MA2E10084U|
    2024|91331003MA2E10092N|
    2024|91331003MA2E10105C|
    2024|91331003MA2E101212|
    2024|92331003MA2E101134|

    """

  @Test func twoYearsGiveClassesSurchargesAndLastYearsBenchmark() throws {
    let dir = try temporaryDirectory()
    let history = dir + "/history.sqlite"
    let first = try Self.run2023(history: history, enterprises: dir + "/2023.jsonl")
    #expect(first.status == 0, "\(first.standardError)")
    let second = try Self.run2024(history: history, enterprises: dir + "/2024.jsonl")
    #expect(second.status == 2, "\(second.standardError)")

    // 2023: 丙 A, 庚 B, 甲 B, 乙 C, 丁 C, 戊 D (6 ranked), 己 T; 2024: 丙 A,
    // 甲 B, 乙 B, 丁 C, 戊 D (5 ranked), 庚 D by veto, 己 T. NULL: no class.
    #expect(
      try sqlite3(history, "select year, code, class from enterprise order by 1,2") == Self.classes)

    // 2023's cohort: 1600 ÷ 100 = 16; 2024's own: 2112 ÷ 96 = 22.
    #expect(
      try sqlite3(history, "select year, scheme, indicator, value from benchmark order by year")
        == "2023|above|taxPerMu|16.0\n2024|above|taxPerMu|22.0\n")
    // 2024's item takes 2023's recorded benchmark: 甲 100 × 30 ÷ 16 = 187.5.
    let firms = County.byCode(try County.lines(dir + "/2024.jsonl"))
    let a1 = try #require(firms[County.a1])
    #expect(a1.scoring?.items.map(\.benchmark) == [16])
    #expect(closeTo4(a1.score, 187.5) && a1.class == "B" && a1.rank == 2 && a1.of == 5)
    #expect(closeTo4(firms[County.a2]?.score, 160))

    // 戊, D in 2023 and 2024: 0.4 元/kWh × 1,200,000 kWh = 480,000 元.
    let a5 = try #require(firms[County.a5]?.consequence?.surcharge)
    #expect(a5.perKWh == 0.4 && a5.kWh == 1_200_000 && isClose(a5.amount, 480_000))
    // 庚, D only in 2024 (B in 2023): not the rise, the 0.3 of one year:
    // 0.3 × 2,500,000 = 750,000 元.
    let vetoed = try #require(firms[County.vetoed]?.consequence?.surcharge)
    #expect(vetoed.perKWh == 0.3 && vetoed.kWh == 2_500_000 && isClose(vetoed.amount, 750_000))
    // Nobody else is D.
    #expect(
      firms.values.filter { $0.consequence != nil }.map(\.enterprise).sorted() == [
        County.a5, County.vetoed,
      ])

    // The figures and land scored with, as corrected.
    #expect(
      try sqlite3(
        history,
        "select value from figure where year = 2024 and code = '\(County.a2)' and field = 'tax'")
        == "512.0\n")
    #expect(
      try sqlite3(
        history, "select area_mu from enterprise where year = 2024 and code = '\(County.a5)'")
        == "10.0\n")
    // The two corrections applied, with the values before and after.
    #expect(
      try sqlite3(
        history,
        "select year, code, field, old_value, new_value, document from correction order by id")
          == """
          2024|91331003MA2E10025Q|tax|400.0|512.0|黄经信〔2025〕12号
          2024|91331003MA2E1005X6|areaMu|14.0|10.0|黄自然资〔2025〕3号

          """)
  }

  /// docs/history.md gives a benchmark's basis as `total ÷ total of 140
  /// firms`.
  @Test func aBenchmarksBasisSaysHowManyFirms() throws {
    let dir = try temporaryDirectory()
    let history = dir + "/history.sqlite"
    _ = try Self.run2023(history: history, enterprises: dir + "/2023.jsonl")
    // 甲 乙 丙 丁 戊 庚 counted; 己 is exempt.
    let basis = try sqlite3(history, "select basis from benchmark where year = 2023")
    #expect(basis == "total ÷ total of 6 firms\n")
  }

  /// docs/history.md: `input` holds "the files a run read", each by its
  /// name as given to the run and the SHA-256 of its bytes.
  @Test func theHistoryNamesTheFilesARunRead() throws {
    let dir = try temporaryDirectory()
    let history = dir + "/history.sqlite"
    _ = try Self.run2023(history: history, enterprises: dir + "/2023.jsonl")
    _ = try Self.run2024(history: history, enterprises: dir + "/2024.jsonl")
    let inputs = try sqlite3(history, "select year, file, sha256 from input order by year, file")
      .split(separator: "\n").map { $0.split(separator: "|").map(String.init) }
    // The data and corrections files of 2024, with their digests.
    for file in [County.data, County.corrections] {
      let row = inputs.first { $0.count == 3 && $0[0] == "2024" && $0[1] == file }
      #expect(row?[2] == (try Self.sha256(file)), "\(file)")
    }
    // Every file each run read: the records and the rule set too.
    #expect(
      inputs.map { $0.prefix(2).joined(separator: "|") } == [
        // By year, then by name: county.xml before history-rules.xml.
        "2023|\(County.records)", "2023|\(County.historyRules)",
        "2024|\(County.corrections)", "2024|\(County.records)", "2024|\(County.data)",
        "2024|\(County.historyRules)",
      ])
  }

  /// The SHA-256 of a file of the repository, by the `sha256sum` tool.
  static func sha256(_ file: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sha256sum", repositoryRoot + "/" + file]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(String(decoding: output, as: UTF8.self).prefix(64))
  }

  @Test func aRerunReplacesItsYearAndKeepsTheCorrections() throws {
    let dir = try temporaryDirectory()
    let history = dir + "/history.sqlite"
    _ = try Self.run2023(history: history, enterprises: dir + "/2023.jsonl")
    _ = try Self.run2024(history: history, enterprises: dir + "/2024.jsonl")
    let counts = """
      select 'enterprise', year, count(*) from enterprise group by year
      union all select 'figure', year, count(*) from figure group by year
      union all select 'run', year, count(*) from run group by year
      union all select 'correction', year, count(*) from correction group by year
      order by 1, 2
      """
    let before = try sqlite3(history, counts)
    let year2023 = try sqlite3(history, "select * from enterprise where year = 2023 order by code")
    // 11 firms in 2023, 12 in 2024 (数 only in 2024's data file).
    #expect(before.contains("enterprise|2023|11\n") && before.contains("enterprise|2024|12\n"))
    #expect(before.contains("correction|2024|2\n"))

    // Rerun 2024 without the corrections: its rows replaced (乙's tax is
    // its record's 400 again: 400 ÷ 20 = 20 per mu), 2023 untouched, the
    // two corrections kept (docs/history.md: never deleted).
    let rerun = try Self.run2024(
      history: history, enterprises: dir + "/again.jsonl", corrections: false)
    #expect(rerun.status == 0, "\(rerun.standardError)")
    #expect(try sqlite3(history, counts) == before)
    #expect(
      try sqlite3(history, "select * from enterprise where year = 2023 order by code") == year2023)
    #expect(
      try sqlite3(
        history,
        "select value from indicator where year = 2024 and code = '\(County.a2)' and name = 'taxPerMu'"
      )
        == "20.0\n")
    #expect(try sqlite3(history, "select count(*) from correction") == "2\n")

    // Rerun with the same corrections: the same two, none added twice.
    _ = try Self.run2024(history: history, enterprises: dir + "/third.jsonl")
    #expect(try sqlite3(history, "select count(*) from correction") == "2\n")
    #expect(try sqlite3(history, counts) == before)
  }

  @Test func aTextFileIsRefusedAndLeftAsItWas() throws {
    let dir = try temporaryDirectory()
    let path = dir + "/history.txt"
    let text = Data("历年评价结果（手工记录）\n2023 甲 B\n".utf8)
    try text.write(to: URL(fileURLWithPath: path))
    let result = try Self.run2023(history: path, enterprises: dir + "/2023.jsonl")
    #expect(result.status == 1)
    #expect(
      result.standardError
        == "\(path): error: cannot open the history: this is not an SQLite database, so not a mujun history; give the path of the history file, or a new path to start one; the file was left as it was\n"
    )
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
    // Refused before anything is read: no enterprises file either.
    #expect(!FileManager.default.fileExists(atPath: dir + "/2023.jsonl"))
  }
}
