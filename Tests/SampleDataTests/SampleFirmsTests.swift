import Enterprises
import Evaluation
import Foundation
import Land
import Rules
import Tables
import Testing
import XMLStream

@testable import SampleData

/// `mujun sample --firms --data-dir`: parcels held by firms with credit
/// codes, tenants, and the departments' files for the same firms.
@Suite struct SampleFirmsTests {
  /// The three files of a run, whole.
  static func dataFiles(_ generator: SampleGenerator) throws -> [DepartmentSample.File: [UInt8]] {
    var files: [DepartmentSample.File: [UInt8]] = [:]
    try DepartmentSample(generator).write { file, bytes in
      files[file, default: []] += bytes
      return true
    }
    return files
  }

  /// The first field of each line after the header: the credit codes (ASCII
  /// in every file, before any comma; GB18030 never uses the byte of a
  /// comma inside a character).
  static func codes(in bytes: [UInt8]) -> [String] {
    bytes.split(separator: UInt8(ascii: "\n")).dropFirst().map { line in
      String(decoding: line.prefix { $0 != UInt8(ascii: ",") }, as: UTF8.self)
    }
  }

  @Test func theSameSeedGivesTheSameRecordsAndFilesAndAnotherSeedOthers() throws {
    let a = SampleGenerator(parcels: 200, seed: 7, firms: true)
    let b = SampleGenerator(parcels: 200, seed: 7, firms: true)
    let c = SampleGenerator(parcels: 200, seed: 8, firms: true)
    #expect(a.document() == b.document())
    #expect(a.document() != c.document())
    let filesA = try Self.dataFiles(a)
    #expect(filesA == (try Self.dataFiles(b)))
    #expect(filesA != (try Self.dataFiles(c)))
    // A record does not depend on how many follow it, nor do a firm's parcels.
    #expect(SampleGenerator(parcels: 5000, seed: 7, firms: true).record(123) == a.record(123))
  }

  /// The firms' draws are streams of their own: with firms, a record is the
  /// record without them but for the holder line and the `tenants` element.
  @Test func firmsChangeOnlyTheHolderAndAddTenants() {
    let plain = SampleGenerator(parcels: 300, seed: 11, brokenShare: 0.02)
    let firms = SampleGenerator(parcels: 300, seed: 11, brokenShare: 0.02, firms: true)
    func withoutHolderAndTenants(_ record: String) -> [Substring] {
      var lines: [Substring] = []
      var inTenants = false
      for line in record.split(separator: "\n") {
        if line == "    <tenants>" { inTenants = true }
        if !inTenants && !line.hasPrefix("    <holder ") { lines.append(line) }
        if line == "    </tenants>" { inTenants = false }
      }
      return lines
    }
    for index in 0..<300 {
      let record = firms.record(index)
      #expect(
        withoutHolderAndTenants(record) == withoutHolderAndTenants(plain.record(index)),
        "record \(index)")
      #expect(!plain.record(index).contains("creditCode"))
    }
    #expect(!plain.header().contains("--firms"))
  }

  /// GB 32100-2015's worked example: `91350100M000100Y4` takes `3`.
  @Test func theCheckCharacterIsTheStandards() {
    #expect(SampleCreditCode.checkCharacter(Array("91350100M000100Y4".utf8)) == UInt8(ascii: "3"))
  }

  @Test func everyCodeIsValidAndSomeFirmsHoldSeveralParcels() throws {
    let generator = SampleGenerator(parcels: 400, seed: 1, firms: true)
    let records = (0..<400).map { generator.record($0) }
    var parcelsOfCode: [String: Int] = [:]
    var namesOfCode: [String: Set<String>] = [:]
    for record in records {
      let holder = try #require(
        record.firstMatch(of: #/<holder creditCode="([^"]+)" scale="[a-z]+">([^<]+)</holder>/#))
      parcelsOfCode[String(holder.output.1), default: 0] += 1
      namesOfCode[String(holder.output.1), default: []].insert(String(holder.output.2))
    }
    let tenantCodes = records.flatMap { record in
      record.matches(of: #/<tenant creditCode="([^"]+)"/#).map { String($0.output.1) }
    }
    let files = try Self.dataFiles(generator)
    let dataCodes = files.values.flatMap(Self.codes)
    for code in Set(parcelsOfCode.keys).union(tenantCodes).union(dataCodes) {
      // Checked by mujun's own validator, not by the generator's.
      #expect(throws: Never.self, "\(code)") { try CreditCode(code) }
    }
    // Groups of 1, 2 or 3 parcels (70%, 20%, 10% of groups).
    let sizes = Set(parcelsOfCode.values)
    #expect(sizes == [1, 2, 3])
    #expect(namesOfCode.values.allSatisfy { $0.count == 1 })
    // Tenants are firms of their own, never a holder.
    #expect(Set(tenantCodes).isDisjoint(with: parcelsOfCode.keys))
  }

  @Test func tenantsRentFloorOrLandAndTheRecordsStayValid() throws {
    let generator = SampleGenerator(parcels: 400, seed: 1, firms: true)
    let document = generator.document()
    let tenants = document.matches(of: #/<tenant [^>]*>/#).map { String($0.output) }
    #expect(tenants.contains { $0.contains("floorArea=") })
    #expect(tenants.contains { $0.contains("area=") && $0.contains("unit=\"m2\"") })
    // Some leases ended before 2024 (their firms are no enterprises of 2024).
    #expect(tenants.contains { $0.contains(#/ to="20(1\d|2[0-3])-/#) })
    let rules = try RuleSetLoader().loadBundled(id: RuleSetLoader.defaultRuleSetID).get()
    var evaluator = Evaluator(ruleSet: rules)
    evaluator.enterprises = EnterpriseYear(year: 2024)
    var verdicts: [Verdict] = []
    _ = BatchEvaluator(evaluator: evaluator).run(
      XMLRecordReader(bytes: Array(document.utf8), fileName: "sample.xml")
    ) { verdicts.append($0) }
    #expect(verdicts.count == 400)
    #expect(!verdicts.contains { $0.status == .rejected })
    // The tenants' land came out of the holders': some holder keeps less
    // than its parcel.
    let lands = verdicts.compactMap(\.land)
    #expect(lands.contains { $0.shares.count > 1 && $0.shares[0].mu > 0 })
    let schema = try XMLSchema(xsd: LandRecordsSchema.xsd, name: LandRecordsSchema.fileName)
    #expect(schema.validate(bytes: Array(document.utf8), fileName: "sample.xml").isEmpty)
  }

  /// An amount in 分 as Excel's `#,##0.00` writes 元.
  @Test(arguments: [
    (123_456_789, "1,234,567.89"), (5, "0.05"), (100_000, "1,000.00"), (99_999, "999.99"),
    (1_000_000_000, "10,000,000.00"),
  ])
  func taxIsWrittenInYuanWithThousandsSeparators(fen: Int, text: String) {
    #expect(FirmRows.yuan(fen: fen) == text)
  }

  @Test func theDataFilesReadAsTheDepartmentsSaveThem() throws {
    let generator = SampleGenerator(parcels: 800, seed: 3, firms: true)
    let files = try Self.dataFiles(generator)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("sample-firms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var read: [DepartmentSample.File: DepartmentFile] = [:]
    for (file, bytes) in files {
      let path = directory.appendingPathComponent(file.fileName).path
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      read[file] = DepartmentFile.read(path: path, defaultYear: nil)
    }
    let tax = try #require(read[.tax])
    let stats = try #require(read[.stats])
    let power = try #require(read[.power])
    #expect(tax.encoding == .gb18030)
    #expect(stats.encoding == .utf8)
    #expect(power.encoding == .utf8)
    #expect(files[.stats]?.starts(with: [0xEF, 0xBB, 0xBF]) == true)
    // Excel's CRLF for tax and stats; the power company's LF.
    #expect(files[.tax]?.contains(0x0D) == true && files[.stats]?.contains(0x0D) == true)
    #expect(files[.power]?.contains(0x0D) == false)
    for file in [tax, stats, power] {
      #expect(file.problems.isEmpty, "\(file.problems)")
      #expect(file.rows.allSatisfy { $0.problems.isEmpty && $0.isJoinable && $0.year == 2024 })
    }
    // Tax in 元 with thousands separators: each row's figure is its text ÷ 10000.
    let taxText = String(decoding: files[.tax] ?? [], as: UTF8.self)
    #expect(taxText.contains(#/,2024,"\d{1,3}(,\d{3})+\.\d\d"\r\n/#))
    // About a row per firm of 2024 in each file; a few for firms without land.
    let document = generator.document()
    let holders = Set(
      document.matches(of: #/<holder creditCode="([^"]+)"/#).map { String($0.output.1) })
    let inForce = document.matches(of: #/<tenant creditCode="([^"]+)"[^>]*>/#).filter {
      !$0.output.0.contains(#/to="20(1\d|2[0-3])-/#)
    }.map { String($0.output.1) }
    let firms = holders.union(inForce)
    let taxCodes = Set(tax.rows.compactMap(\.code))
    #expect(taxCodes.count == tax.rows.count)
    #expect(Double(tax.rows.count) > 0.9 * Double(firms.count))
    #expect(Double(power.rows.count) > 0.85 * Double(firms.count))
    let withoutLand = taxCodes.subtracting(firms)
    #expect(!withoutLand.isEmpty)
    #expect(Double(withoutLand.count) < 0.05 * Double(tax.rows.count))
    #expect(withoutLand.allSatisfy { $0.contains("MA8") })
  }
}
