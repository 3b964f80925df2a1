import Testing

@testable import Workbooks

@Suite struct WorkbookDateTests {
  /// Days since 1970-01-01, worked by hand: 2024-01-01 is 54 years on,
  /// 13 of them leap (1972 … 2020): 54 × 365 + 13 = 19723 days.
  /// 2025-03-31 08:00: 2025-01-01 is 19723 + 366 = 20089; + 31 (Jan) + 28
  /// (Feb) + 30 = 20178 days; × 86400 + 8 × 3600 = 1743408000.
  @Test func secondsSince1970() throws {
    #expect(
      try #require(WorkbookDate(year: 2024, month: 1, day: 1)).secondsSince1970 == 1_704_067_200)
    #expect(
      try #require(WorkbookDate(year: 2025, month: 3, day: 31, hour: 8)).secondsSince1970
        == 1_743_408_000)
  }

  @Test func datesThatAreNoneAreRefused() {
    #expect(WorkbookDate(year: 2023, month: 2, day: 29) == nil)
    #expect(WorkbookDate(year: 2024, month: 2, day: 29) != nil)
    #expect(WorkbookDate(year: 2024, month: 13, day: 1) == nil)
    #expect(WorkbookDate(year: 2024, month: 1, day: 1, hour: 24) == nil)
    // Before 1980 (the zip format's first year; 1970-01-01 00:00:00 would
    // be "now" to libxlsxwriter).
    #expect(WorkbookDate(year: 1970, month: 1, day: 1) == nil)
  }
}
