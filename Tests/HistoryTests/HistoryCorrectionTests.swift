import History
import Testing

/// The audit trail of figures changed after publication.
@Suite struct HistoryCorrectionTests {
  /// A second correction of the same figure by a later document.
  static let secondTaxCorrection = HistoryCorrection(
    year: 2024, code: Samples.firmA, field: "tax", oldValue: 400, newValue: 395,
    reason: "复核更正", document: "黄经信〔2025〕20号", appliedOn: "2025-06-02",
    source: "corrections-2024b.csv:2")

  /// A correction removing a figure (new value nil).
  static let electricityRemoval = HistoryCorrection(
    year: 2023, code: Samples.firmA, field: "electricity", oldValue: 120_000, newValue: nil,
    reason: "电表户号错配", document: "黄经信〔2024〕7号", appliedOn: "2024-05-10",
    source: "corrections-2023.csv:4")

  @Test func exactDuplicatesAreSkippedAndOthersKeptInOrder() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path("history.sqlite"))
    // Three corrections, the first given twice in one batch: 3 new.
    let first = try store.addCorrections([
      Samples.taxCorrection, Self.electricityRemoval, Samples.taxCorrection,
      Self.secondTaxCorrection,
    ])
    #expect(first == 3)
    // Again, all three plus the removal once more: nothing new; the NULL new
    // value of the removal matches its kept NULL.
    let second = try store.addCorrections([
      Self.secondTaxCorrection, Samples.taxCorrection, Self.electricityRemoval,
    ])
    #expect(second == 0)
    // By year, then in the order recorded.
    #expect(
      try store.corrections(of: Samples.firmA) == [
        Self.electricityRemoval, Samples.taxCorrection, Self.secondTaxCorrection,
      ])
    #expect(try store.corrections(of: Samples.firmB) == [])
  }

  @Test func theSameFigureByAnotherDocumentIsANewCorrection() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path("history.sqlite"))
    var redecided = Samples.taxCorrection
    redecided.document = "黄经信〔2025〕13号"
    #expect(try store.addCorrections([Samples.taxCorrection, redecided]) == 2)
  }

  @Test func aRerunWithoutTheCorrectionsFileKeepsThem() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let store = try HistoryStore(path: scratch.path("history.sqlite"))
    try store.replace(Samples.run2024(), corrections: [Samples.taxCorrection])
    try store.replace(Samples.run2024())
    #expect(try store.corrections(of: Samples.firmA) == [Samples.taxCorrection])
  }
}
