import Foundation
import Testing

/// `mujun check` and `mujun evaluate --as-of` on SampleParcels/contracts-2025.xml,
/// whose expected results are worked out in SampleParcels/README.md.
@Suite(.serialized) struct CheckCommandTests {
  static let file = "SampleParcels/contracts-2025.xml"

  @Test func aParcelWhoseDueClausesAllHoldExits0() throws {
    let result = try mujun(["check", Self.file, "--parcel", "CT-01", "--as-of", "2025-03-31"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("结论：到期条款均已履行"))
  }

  @Test func aParcelNotYetDueExits0() throws {
    let result = try mujun(["check", Self.file, "--parcel", "CT-09", "--as-of", "2025-03-31"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("未到期"))
  }

  @Test func aBrokenClauseExits1AndTheTableShowsItsDamages() throws {
    // 45 days × 0.5‰ × 800 = 18.
    let result = try mujun([
      "check", Self.file, "--parcel", "CT-02", "--as-of", "2025-03-31", "--lang", "en",
    ])
    #expect(result.status == 1)
    #expect(result.standardOutput.contains("45 days × 0.5‰ × 800 = 18"))
    #expect(result.standardOutput.contains("damages total: 18 (10k CNY)"))
  }

  @Test func theWholeFileFitsIn100ColumnsInBothLanguages() throws {
    for language in ["zh", "en"] {
      let result = try mujun(["check", Self.file, "--as-of", "2025-03-31", "--lang", language])
      #expect(result.status == 1)
      for line in result.standardOutput.split(separator: "\n") {
        let width = line.unicodeScalars.reduce(0) { sum, scalar in
          sum
            + ((0x2E80...0xA4CF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
              ? 2 : 1)
        }
        #expect(width <= 100, "too wide: \(line)")
      }
    }
  }

  @Test func jsonGivesEachParcelsDamagesAndIdleState() throws {
    let result = try mujun(["check", Self.file, "--as-of", "2025-03-31", "--json"])
    #expect(result.status == 1)
    var byParcel: [String: [String: Any]] = [:]
    for line in result.standardOutput.split(separator: "\n") {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      byParcel[try #require(object["parcel"] as? String)] = object
    }
    #expect(byParcel.count == 12)
    func total(_ id: String) -> Double? {
      (byParcel[id]?["damages"] as? [String: Any])?["total"] as? Double
    }
    func stage(_ id: String) -> String? {
      (byParcel[id]?["idle"] as? [String: Any])?["stage"] as? String
    }
    // Worked out in SampleParcels/README.md.
    #expect(total("CT-01") == 0)
    #expect(total("CT-02") == 18)
    #expect(total("CT-03") == 80)
    #expect(total("CT-04") == 242.4)
    #expect(total("CT-05") == 120)
    #expect(total("CT-06") == 160)
    #expect(stage("CT-06") == "fee")
    #expect(total("CT-07") == 160)
    #expect(stage("CT-07") == "recovery")
    #expect(stage("CT-08") == nil)
    #expect(byParcel["CT-08"]?["idle"] is NSNull)
  }

  @Test func anUnknownParcelExits2WithAMessage() throws {
    let result = try mujun(["check", Self.file, "--parcel", "CT-99", "--as-of", "2025-03-31"])
    #expect(result.status == 2)
    #expect(
      result.standardError
        == "mujun: no parcel with id \"CT-99\" in SampleParcels/contracts-2025.xml; check the id (mujun evaluate SampleParcels/contracts-2025.xml --jsonl - lists them)\n"
    )
  }

  @Test func aRejectedRecordExits2() throws {
    let result = try mujun(["check", "SampleParcels/chengdu-2024.xml", "--as-of", "2025-03-31"])
    #expect(result.status == 2)
  }

  @Test func anImpossibleDateIsAUsageError() throws {
    let result = try mujun(["check", Self.file, "--as-of", "2025-02-30"])
    #expect(result.status == 64)
    #expect(
      result.standardError.contains(
        "--as-of 2025-02-30 is not a date; give it as YYYY-MM-DD, e.g. --as-of 2025-03-31"))
  }

  @Test func evaluateAsOfAddsTheContractToEveryVerdict() throws {
    let result = try mujun(["evaluate", Self.file, "--as-of", "2025-03-31", "--jsonl", "-"])
    #expect(result.status == 0)
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 12)
    for line in lines {
      #expect(line.contains(#""asOf":"2025-03-31""#))
      #expect(line.contains(#""damages":{"total":"#))
    }
    let plain = try mujun(["evaluate", Self.file, "--jsonl", "-"])
    #expect(!plain.standardOutput.contains(#""damages""#))
  }
}
