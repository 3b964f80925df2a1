import Foundation
import Land
import Rules
import Testing

@testable import Evaluation

/// The first scoring pass keeps compact figures: ids once, duplicates and
/// rejected records out of the group figures, ties by Unicode scalars.
@Suite struct ScoringPopulationTests {
  /// One item, tax per mu, weight 100, benchmark the group mean; no classes.
  static func meanRules() throws -> RuleSet {
    try scoringRuleSet(
      #"<scheme id="all"><item indicator="taxPerMu" weight="100" benchmark="mean"/></scheme>"#)
  }

  @Test func aDuplicateIDTakesNoPartInTheGroupBenchmark() throws {
    // P1 tax 10 and P2 tax 20 on 10 mu: tax per mu 1 and 2, group mean 1.5.
    // P1 again with tax 1000 is rejected as a duplicate and left out, so
    // P1 scores 100 × 1 ÷ 1.5 = 66.666…, P2 100 × 2 ÷ 1.5 = 133.333….
    // (Counted, the mean would be (1 + 2 + 100) ÷ 3 = 34.33.)
    let out = scoredVerdicts(
      [
        scoredParcel("P1", figures: #"tax="10""#), scoredParcel("P2", figures: #"tax="20""#),
        scoredParcel("P1", figures: #"tax="1000""#),
      ].joined(separator: "\n"), rules: try Self.meanRules())
    #expect(out.count == 3)
    #expect(abs(try out[0].scored().score.unwrap() - 200.0 / 3) < 1e-9)
    #expect(abs(try out[1].scored().score.unwrap() - 400.0 / 3) < 1e-9)
    #expect(try out[0].scored().items.first?.benchmark == 1.5)
    #expect(out[2].status == .rejected)
    #expect(out[2].scoring == nil)
  }

  @Test func aRejectedRecordReservesItsIDAndIsNotScored() throws {
    // Q1 has no area, so it is rejected, and the later parcel Q1 is a
    // duplicate of it: neither is scored. Q2 alone makes the group: tax
    // per mu 3 against a mean of 3 scores 100.
    let broken = """
      <parcel id="Q1">
        <district code="510116">区</district>
        <sector code="C3981">x</sector>
      </parcel>
      """
    let out = scoredVerdicts(
      [
        broken, scoredParcel("Q1", figures: #"tax="50""#),
        scoredParcel("Q2", figures: #"tax="30""#),
      ]
      .joined(separator: "\n"), rules: try Self.meanRules())
    #expect(out.map(\.status) == [.rejected, .rejected, .compliant])
    #expect(out[0].scoring == nil)
    #expect(out[1].scoring == nil)
    #expect(abs(try out[2].scored().score.unwrap() - 100) < 1e-9)
    #expect(try out[2].scored().groupSize == 1)
  }

  @Test func tiesGoByUnicodeScalarsNotUTF16() throws {
    // Equal scores; by scalar value Z (5A) < a (61) < é (E9) < Ａ (FF21)
    // < 𝔸 (1D538). In UTF-16 𝔸 (D835 DD38) would come before Ａ.
    let ids = ["𝔸", "Ａ", "é", "a", "Z"]
    let out = scoredVerdicts(
      ids.map { scoredParcel($0, figures: #"tax="20""#) }.joined(separator: "\n"),
      rules: try Self.meanRules())
    #expect(out.map { $0.scoring?.rank } == [5, 4, 3, 2, 1])
  }

  @Test func theIDSetKeepsEachIDOnceAcrossGrowth() {
    // 5000 ids make the table grow from 1024 slots to 16384; each is new
    // once, and found again after every growth.
    var set = ParcelIDSet()
    for n in 0..<5000 { #expect(set.insert("510116-\(n)").inserted) }
    #expect(set.count == 5000)
    for n in stride(from: 0, to: 5000, by: 7) {
      let (inserted, entry) = set.insert("510116-\(n)")
      #expect(!inserted)
      #expect(entry == n)
    }
    #expect(set.insert("510116-5000").inserted)
    #expect(set.insert("").inserted)
    #expect(!set.insert("").inserted)
  }

  @Test func idsCompareByScalarValues() {
    var set = ParcelIDSet()
    let a = set.insert("Ａ").entry
    let b = set.insert("𝔸").entry
    let c = set.insert("Ａb").entry
    #expect(set.precedes(a, b))
    #expect(!set.precedes(b, a))
    #expect(set.precedes(a, c))
    #expect(!set.precedes(a, a))
  }
}

extension Optional {
  fileprivate func unwrap(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    -> Wrapped
  {
    try #require(self, sourceLocation: sourceLocation)
  }
}
