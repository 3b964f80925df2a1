import Foundation
import Testing

@testable import Reports

@Suite(.serialized) struct ProgressTests {
  @Test func theLineSaysRecordsRateTimeTakenAndTimeLeft() {
    // 12,345 records in 2 s: 6,172.5/s, rounded to 6,173; a quarter of the
    // bytes read in 2 s leaves three quarters, 6 s.
    #expect(
      ProgressLine.render(records: 12_345, elapsed: 2, bytesRead: 250, totalBytes: 1000)
        == "12,345 records · 6,173 records/s · 0:02 elapsed · ETA 0:06")
    // 1,234,567 in 3,725.9 s: 331.3/s; 1 h 2 min 5 s; no size, no ETA.
    #expect(
      ProgressLine.render(records: 1_234_567, elapsed: 3725.9, bytesRead: 0, totalBytes: nil)
        == "1,234,567 records · 331 records/s · 1:02:05 elapsed · ETA --:--")
    #expect(
      ProgressLine.render(records: 7, elapsed: 0, bytesRead: 10, totalBytes: 10)
        == "7 records · 0 records/s · 0:00 elapsed · ETA --:--")
  }

  @Test func durationsAndGroupedNumbers() {
    #expect(ProgressLine.duration(59.99) == "0:59")
    #expect(ProgressLine.duration(600) == "10:00")
    #expect(ProgressLine.duration(-.infinity) == "0:00")
    #expect(ProgressLine.grouped(0) == "0")
    #expect(ProgressLine.grouped(999) == "999")
    #expect(ProgressLine.grouped(1000) == "1,000")
    #expect(ProgressLine.grouped(-1_000_000) == "-1,000,000")
  }

  @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
    // The tests' standard error is a pipe: nothing but the usual messages,
    // with or without --quiet.
    let dir = try temporaryDirectory()
    var errors: [String] = []
    for quiet in [false, true] {
      let result = try mujun(
        ["evaluate", "SampleParcels/chengdu-2024.xml", "--jsonl", dir + "/v.jsonl"]
          + (quiet ? ["--quiet"] : []))
      #expect(result.status == 2)
      #expect(!result.standardError.contains("records/s"))
      #expect(!result.standardError.contains("\r"))
      errors.append(result.standardError)
    }
    #expect(errors[0] == errors[1])
  }
}
