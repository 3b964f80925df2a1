import Foundation
import Testing

/// The county sample (SampleParcels/README.md, "County sample: enterprises,
/// tenants and department data"): `mujun evaluate` with the three
/// department files against `county-2024-expected.tsv`, worked out by hand
/// (and by Scripts/county-expected.py, which implements records.md 1.1
/// without mujun), and `mujun data check` on the files.
@Suite(.serialized) struct CountySampleTests {
  static let records = "SampleParcels/county-2024.xml"
  static let tax = "SampleParcels/county-2024-tax.csv"
  static let stats = "SampleParcels/county-2024-stats.csv"
  static let energy = "SampleParcels/county-2024-energy.xlsx"
  /// F19 示例黄岩仓储有限公司, a tenant of the rejected record until 2022.
  static let pastTenant = "91331003MA2HJC192E"

  /// The energy workbook has no year column: the run names the year.
  static func evaluate(in dir: String) throws -> RunResult {
    try mujun([
      "evaluate", records, "--year", "2024", "--data", tax, "--data", stats, "--data", energy,
      "--enterprises", dir + "/enterprises.jsonl", "--join-report", dir + "/join.json",
    ])
  }

  /// One line of `--enterprises`, the keys the table compares.
  struct EnterpriseLine: Decodable {
    struct Figure: Decodable {
      var value: Double
      var source: String
    }
    struct Issue: Decodable {
      var source: String?
      var message: String
    }
    var enterprise: String
    var track: String
    var areaMu: Double
    var figures: [String: Figure]
    var indicators: [String: Double?]
    var errors: [Issue]
  }

  static func enterprises(in dir: String) throws -> [EnterpriseLine] {
    let text = try String(contentsOfFile: dir + "/enterprises.jsonl", encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONDecoder().decode(EnterpriseLine.self, from: Data($0.utf8))
    }
  }

  /// The rows of county-2024-expected.tsv: code, track, areaMu, tax,
  /// valueAdded, taxPerMu, valueAddedPerMu, errors (an empty cell: no data).
  static func expectedRows() throws -> [[String]] {
    let text = try String(
      contentsOfFile: repositoryRoot + "/SampleParcels/county-2024-expected.tsv", encoding: .utf8)
    let lines = text.split(separator: "\n").map {
      $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(
      lines.first == [
        "code", "track", "areaMu", "tax", "valueAdded", "taxPerMu", "valueAddedPerMu", "errors",
      ])
    return Array(lines.dropFirst())
  }

  /// Equal within one part in 10^9 of the larger; nil only to nil.
  static func agree(_ expected: String, _ found: Double?) -> Bool {
    guard let value = Double(expected) else { return expected.isEmpty && found == nil }
    guard let found else { return false }
    return abs(found - value) <= 1e-9 * max(abs(found), abs(value))
  }

  @Test func everyEnterpriseIsTheHandWorkedOneExactlyOnce() throws {
    let dir = try temporaryDirectory()
    let result = try Self.evaluate(in: dir)
    // 2: one rejected record (331003-2017-GY-0107) and errors in the data files, on purpose.
    #expect(result.status == 2)
    let found = try Self.enterprises(in: dir)
    let expected = try Self.expectedRows()
    #expect(expected.count == 30)
    // Every code of the table once, no other, sorted by code as records.md
    // asks. 示例黄岩仓储有限公司 rented on the rejected record until
    // 2022-12-31: no lease in force in 2024, no data row, so no enterprise
    // of the run (records.md: "every tenant whose lease overlaps the
    // evaluated year").
    #expect(found.map(\.enterprise) == expected.map { $0[0] })
    #expect(!found.contains { $0.enterprise == Self.pastTenant })
    let byCode = Dictionary(
      found.map { ($0.enterprise, $0) }, uniquingKeysWith: { first, _ in first })
    for row in expected {
      let code = row[0]
      let line = try #require(byCode[code], "\(code) is missing")
      #expect(line.track == row[1], "\(code) track")
      #expect(Self.agree(row[2], line.areaMu), "\(code) areaMu \(line.areaMu), expected \(row[2])")
      let tax = line.figures["tax"]?.value
      #expect(Self.agree(row[3], tax), "\(code) tax \(String(describing: tax)), expected \(row[3])")
      let valueAdded = line.figures["valueAdded"]?.value
      #expect(
        Self.agree(row[4], valueAdded),
        "\(code) valueAdded \(String(describing: valueAdded)), expected \(row[4])")
      let taxPerMu = line.indicators["taxPerMu"] ?? nil
      #expect(
        Self.agree(row[5], taxPerMu),
        "\(code) taxPerMu \(String(describing: taxPerMu)), expected \(row[5])")
      let valueAddedPerMu = line.indicators["valueAddedPerMu"] ?? nil
      #expect(
        Self.agree(row[6], valueAddedPerMu),
        "\(code) valueAddedPerMu \(String(describing: valueAddedPerMu)), expected \(row[6])")
      if code == "91331004MA2LDQ025T" {
        // records.md: a code failing its check is "an error for the rows that
        // carry it": one row, one error (not a second one from the join).
        #expect(line.errors.count == Int(row[7]), "\(code) errors \(line.errors)")
      } else {
        #expect(line.errors.count == Int(row[7]), "\(code) errors \(line.errors)")
      }
    }
    // 示例路桥旧货加工厂's lease ended on 2023-12-31: no land in 2024, in
    // no data file, so no enterprise of the run.
    #expect(!found.contains { $0.enterprise == "92331004MA2LYD174R" })
  }

  @Test func fieldsInErrorDoNotFallBackToTheRecordsButEmptyCellsDo() throws {
    let dir = try temporaryDirectory()
    _ = try Self.evaluate(in: dir)
    let found = try Self.enterprises(in: dir)
    func firm(_ code: String) throws -> EnterpriseLine {
      try #require(found.first { $0.enterprise == code })
    }
    // F01: energy 3000 (stats) and 3100 (energy workbook) disagree; the
    // records' 1800 + 900 is not used either.
    #expect(try firm("91331003MA2HJM0184").figures["energy"] == nil)
    // F02: energy 'N/A' in the workbook; the record's 1200 is not used.
    #expect(try firm("91331003MA2HPL026E").figures["energy"] == nil)
    // F03: two stats rows; revenue, value added and headcount have no data,
    // though its two parcels give 2900 + 700, 600 + 150 and 48 + 12.
    let f03 = try firm("91331004MA2LWJ030B")
    #expect(f03.figures["revenue"] == nil && f03.figures["employees"] == nil)
    // F09: the stats row's value added is empty: the record's 1620 (parcel
    // 331003-2013-GY-0114 at line 185) stands.
    let f09 = try firm("91331003MA2HRK091E").figures["valueAdded"]
    #expect(f09?.value == 1620 && f09?.source == "SampleParcels/county-2024.xml:185")
    // F04: output only from 331003-2019-GY-0108 (5800, line 111); the
    // rejected 331003-2017-GY-0107's 7000 is no firm's.
    let f04 = try firm("91331003MA2HQP0497").figures["output"]
    #expect(f04?.value == 5800 && f04?.source == "SampleParcels/county-2024.xml:111")
    // F26's value added typed in full-width digits (１３５) is 135.
    #expect(try firm("91331003MA2HMJ26X7").figures["valueAdded"]?.value == 135)
  }

  @Test func theJoinReportHasOneOfEachCase() throws {
    let dir = try temporaryDirectory()
    let lines = try Self.evaluate(in: dir).standardError.split(separator: "\n").map(String.init)
    // 23 holders, 4 firms that only rent (F10, F14, F15, F16), 2 codes only
    // in the data (F20 and the mistyped code); F13, whose only land is on
    // the rejected record and which no file names, is counted apart.
    // F13 is counted apart, as a firm only in rejected records.
    #expect(
      lines.contains(
        "enterprises for 2024: 30 (23 holding land, 4 only renting, 2 only in the data files, 1 only in rejected records)"
      ))
    #expect(lines.contains("rejected records whose land is not counted: 3"))
    let expected = [
      // The mistyped code is row 6 of sheet 能耗 (title, header, then F01, F02, F04, it).
      "codes in the data files with no land in the records: 2",
      "  91331004MA2LDQ025T (SampleParcels/county-2024-energy.xlsx:能耗!6)",
      "  91331004MA2LMY205K (SampleParcels/county-2024-tax.csv:16)",
      // F08 鞋业, parcel 331003-2011-GY-0113 at line 174.
      "enterprises with land and no row in the data files: 1",
      "  91331003MA2HXY0845 (SampleParcels/county-2024.xml:174:3)",
      // 18 mu less the tenant's 18 × 6000 ÷ 12000 = 9 mu.
      "land without a credit code (no enterprise's): 1",
      "  parcel 331003-2010-GY-0109, 9.0 mu (SampleParcels/county-2024.xml:121:3)",
      "names that differ between sources: 1",
      "  91331004MA2LKT0678: '示例路桥塑料制品厂' (SampleParcels/county-2024-tax.csv:7), '示例路桥塑料制品有限公司' (SampleParcels/county-2024.xml:153:3)",
      // The holder and the two tenants of 2023–2024 of the rejected record, by code.
      "  parcel 331003-2017-GY-0107 of 91331003MA2HCN135B (SampleParcels/county-2024.xml:93:3)",
      "  parcel 331003-2017-GY-0107 of 91331003MA2HQP0497 (SampleParcels/county-2024.xml:93:3)",
      "  parcel 331003-2017-GY-0107 of 91331004MA2LMC141K (SampleParcels/county-2024.xml:93:3)",
      "credit codes that fail their check: 1",
      // The bad cell, the two duplicate rows, the conflict, the mistyped code.
      "problems in the data files: 5 errors, 0 warnings (each above)",
    ]
    // Each line, in this order.
    let places = expected.map { lines.firstIndex(of: $0) }
    for (line, place) in zip(expected, places) { #expect(place != nil, "missing: \(line)") }
    let found = places.compactMap { $0 }
    #expect(found == found.sorted())
    // The rejected record: 12000 m² = 18 mu rented from 2023-01-01, then
    // 30 × 9000 ÷ 12000 = 22.5 mu from 2023-06-01: 40.5 mu on 30 (the
    // lease that ended on 2022-12-31 is not in force with them).
    #expect(
      lines.contains(
        "SampleParcels/county-2024.xml:102:7: error: tenant has a lease that makes the land rented together 40.5 mu on 2023-06-01, more than the parcel's 30 mu (the leases on lines 101 and 102); expected the tenants' land at any one time no more than the parcel's area"
      ))
  }

  @Test func dataCheckNamesEachPlantedProblem() throws {
    let result = try mujun([
      "data", "check", Self.tax, Self.stats, Self.energy, "--year", "2024",
    ])
    #expect(result.status == 2)
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    let expected = [
      // Excel's GBK bytes are detected; the title row above the header is skipped.
      "SampleParcels/county-2024-tax.csv (GB18030):",
      "    D 实缴税金(元) → tax (元 × 0.0001)",
      "  sheet 能耗: header at row 2, 16 rows read",
      "    D 用电量(万千瓦时) → electricity (万千瓦时 × 10000.0)",
      // F03 on lines 4 and 24 of the stats file: an error for both rows.
      "SampleParcels/county-2024-stats.csv:4: error: 91331004MA2LWJ030B has more than one row for 2024 in this file (also SampleParcels/county-2024-stats.csv:24); the figures of these rows are not used: keep one row per enterprise and year",
      "SampleParcels/county-2024-stats.csv:24: error: 91331004MA2LWJ030B has more than one row for 2024 in this file (also SampleParcels/county-2024-stats.csv:4); the figures of these rows are not used: keep one row per enterprise and year",
      // F01's energy: column H of stats line 2, column C of sheet row 3.
      "SampleParcels/county-2024-energy.xlsx:能耗!C3: error: energy for 91331003MA2HJM0184 in 2024 is 3100 吨标准煤 here but 3000 吨标准煤 at SampleParcels/county-2024-stats.csv:2:8; neither is used: find which file is right and correct the other",
      "SampleParcels/county-2024-energy.xlsx:能耗!C4: error: not a number: 'N/A'; write the figure in the column's unit (吨标准煤) with digits only, or leave the cell empty when there is no figure",
      // 91331004MA2LDQ052T with its 16th and 17th characters swapped: the
      // check character (Scripts/credit-code.py) of the first 17 is 1.
      "SampleParcels/county-2024-energy.xlsx:能耗!A6: error: credit code '91331004MA2LDQ025T' fails its check (GB 32100-2015): the first 17 characters give '1' as the 18th, not 'T'; a character is mistyped: check the code against the business licence",
      // 27 codes in the tax and stats files, and the mistyped one.
      "28 enterprises and years (2024: 28); 5 errors, 0 warnings",
    ]
    for line in expected { #expect(lines.contains(line), "missing: \(line)") }
  }
}
