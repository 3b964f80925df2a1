import History
import Testing

/// Consecutive years in a class: the D surcharges that rise after N D years
/// in a row (domain.md, Haining: 0.3 元/kWh, 0.4 after three D years).
@Suite struct ConsecutiveYearsTests {
  static let firm = "91331003MA2DDDDD04"

  /// A history where `firm` has `classes` (year → class; nil: in the run
  /// but not scored); every other year has a run without it.
  func store(_ scratch: Scratch, _ classes: [Int: String?], runs: [Int]) throws -> HistoryStore {
    let store = try HistoryStore(path: scratch.path("history.sqlite"))
    for year in runs {
      var enterprises: [HistoryEnterprise] = []
      if let entry = classes[year] {
        enterprises.append(
          HistoryEnterprise(code: Self.firm, track: "above", areaMu: 10, class: entry))
      }
      try store.replace(
        HistoryRun(
          year: year, recordedAt: "\(year + 1)-04-01T00:00:00Z", ruleSet: Samples.ruleSet,
          enterprises: enterprises))
    }
    return store
  }

  @Test func aCInBetweenEndsTheRun() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try store(
      scratch, [2021: "D", 2022: "D", 2023: "C", 2024: "D"], runs: [2021, 2022, 2023, 2024])
    // 2025 (current D) and 2024 (D) count; 2023 is C: 2.
    #expect(try store.consecutiveYears(of: "D", code: Self.firm, endingAt: 2025, current: "D") == 2)
    // Without this year's class, 2025 has none recorded: 0.
    #expect(try store.consecutiveYears(of: "D", code: Self.firm, endingAt: 2025) == 0)
    // Ending at 2022 from the stored classes: 2022 D, 2021 D, 2020 absent: 2.
    #expect(try store.consecutiveYears(of: "D", code: Self.firm, endingAt: 2022) == 2)
    // A current class other than D: 0, whatever came before.
    #expect(try store.consecutiveYears(of: "D", code: Self.firm, endingAt: 2025, current: "B") == 0)
  }

  @Test func everyYearInDCountsFromTheFirst() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try store(
      scratch, [2021: "D", 2022: "D", 2023: "D", 2024: "D"], runs: [2021, 2022, 2023, 2024])
    // 2025 current D, then 2024, 2023, 2022, 2021 D: 5.
    #expect(try store.consecutiveYears(of: "D", code: Self.firm, endingAt: 2025, current: "D") == 5)
    // `current` replaces the stored class of its year: 2024 given as C: 0.
    #expect(try store.consecutiveYears(of: "D", code: Self.firm, endingAt: 2024, current: "C") == 0)
  }

  @Test(arguments: [
    // 2023 has no run at all.
    ([2021: "D", 2022: "D", 2024: "D"] as [Int: String?], [2021, 2022, 2024]),
    // 2023 has a run without the firm.
    ([2021: "D", 2022: "D", 2024: "D"] as [Int: String?], [2021, 2022, 2023, 2024]),
    // 2023 has the firm, not scored.
    ([2021: "D", 2022: "D", 2023: nil, 2024: "D"] as [Int: String?], [2021, 2022, 2023, 2024]),
  ])
  func aYearWithoutAClassBreaksTheRun(classes: [Int: String?], runs: [Int]) throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try store(scratch, classes, runs: runs)
    // 2025 (current D) and 2024 (D) count; 2023 has no class: 2, not 5.
    #expect(try store.consecutiveYears(of: "D", code: Self.firm, endingAt: 2025, current: "D") == 2)
  }

  @Test func anExemptYearBreaksTheRun() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try store(scratch, [2022: "D", 2023: "T", 2024: "D"], runs: [2022, 2023, 2024])
    // 2024 D; 2023 T (exempt) is not D: 1.
    #expect(try store.consecutiveYears(of: "D", code: Self.firm, endingAt: 2024) == 1)
  }
}
