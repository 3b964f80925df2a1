import Foundation
import Testing

/// `mujun sample --firms --data-dir`, run as users run it, and the
/// county it writes evaluated with its department files.
@Suite(.serialized) struct SampleCommandTests {
  /// The credit codes at the start of each line after the header (ASCII
  /// before the first comma in every file: no GB18030 character uses the
  /// comma's byte).
  static func codes(inFile path: String) throws -> [String] {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    return bytes.split(separator: UInt8(ascii: "\n")).dropFirst().map { line in
      String(decoding: line.prefix { $0 != UInt8(ascii: ",") }, as: UTF8.self)
    }
  }

  @Test func aGeneratedCountyGivesEveryFirmExactlyOnce() throws {
    let dir = try temporaryDirectory()
    // --data-dir implies --firms; the folder is made.
    let sample = try mujun([
      "sample", "--parcels", "300", "--seed", "5", "--data-dir", dir + "/data", "--out",
      dir + "/county.xml",
    ])
    #expect(sample.status == 0, "\(sample.standardError)")
    let files = ["tax.csv", "stats.csv", "power.csv"].map { dir + "/data/" + $0 }
    let result = try mujun(
      ["evaluate", dir + "/county.xml"] + files.flatMap { ["--data", $0] } + [
        "--enterprises", dir + "/enterprises.jsonl",
      ])
    // Clean records and clean files: nothing to reject, no data errors.
    #expect(result.status == 0, "\(result.standardError)")
    let found = try String(contentsOfFile: dir + "/enterprises.jsonl", encoding: .utf8)
      .split(separator: "\n").map { line in
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      }.compactMap { $0["enterprise"] as? String }
    // The firms of 2024: holders, tenants whose lease runs into 2024 (none
    // ends after 2023 and before 2025, so a `to` in 2010–2023 is an ended
    // lease), and every code of the files.
    let records = try String(contentsOfFile: dir + "/county.xml", encoding: .utf8)
    let holders = records.matches(of: #/<holder creditCode="([^"]+)"/#).map { String($0.output.1) }
    let tenants = records.matches(of: #/<tenant creditCode="([^"]+)"[^>]*>/#).filter {
      !$0.output.0.contains(#/to="20(1\d|2[0-3])-/#)
    }.map { String($0.output.1) }
    let data = try files.flatMap(Self.codes(inFile:))
    let firms = Set(holders).union(tenants).union(data)
    #expect(found.count == firms.count)
    #expect(Set(found) == firms)
    #expect(found == found.sorted())
    // Some of each: several parcels a firm, tenants, firms only in the data.
    #expect(holders.count > Set(holders).count)
    #expect(!tenants.isEmpty)
    #expect(!Set(data).subtracting(holders).subtracting(tenants).isEmpty)
    #expect(records.contains("source=\"mujun sample --parcels 300 --seed 5 --firms（合成数据）\""))
  }

  @Test func withoutTheNewOptionsHoldersHaveNoCodes() throws {
    let result = try mujun(["sample", "--parcels", "20", "--seed", "5"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("<holder scale="))
    #expect(!result.standardOutput.contains("creditCode"))
    #expect(!result.standardOutput.contains("<tenants>"))
  }

  /// In an existing folder and in one the run makes: the records would be
  /// replaced by the tax file.
  @Test(arguments: ["", "/new"])
  func theRecordsCannotBeADataFile(folder: String) throws {
    let dir = try temporaryDirectory() + folder
    let result = try mujun([
      "sample", "--parcels", "5", "--data-dir", dir, "--out", dir + "/tax.csv",
    ])
    #expect(result.status == 64)
    #expect(
      result.standardError.contains(
        "--out \(dir)/tax.csv and --data-dir \(dir)/tax.csv are the same file; give each output its own path"
      ))
    #expect(!FileManager.default.fileExists(atPath: dir + "/tax.csv"))
  }
}
