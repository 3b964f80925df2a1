import Evaluation
import Foundation
import Land
import Testing

@testable import Reports

/// The parcel card's score breakdown and contract review.
@Suite struct HTMLScoredCardTests {
  static func card(_ index: Int, language: HTMLLanguage = .zh) -> HTMLCardPage {
    HTMLCardPage(
      ParcelCard(
        verdict: HTMLScoredFixture.batch[index], ruleSet: HTMLFixture.ruleSet(),
        language: language))
  }

  @Test func theScoreIsBrokenDownByItem() throws {
    let scoring = try #require(Self.card(0, language: .en).scoring)
    #expect(scoring.score == "86.67")
    #expect(scoring.classKey == "A")
    #expect(scoring.classLabel == "Class A")
    #expect(scoring.rank == "1 / 3")
    #expect(scoring.items.map(\.indicator) == ["Tax per mu", "Plot ratio"])
    #expect(scoring.items.map(\.value) == ["37.5 10k CNY/mu", "1.2"])
    #expect(scoring.items.map(\.benchmark) == ["25 10k CNY/mu", "1.8"])
    // 1.2 ÷ 1.8 × 40 = 26.666… → 26.67.
    #expect(scoring.items.map(\.score) == ["60.00", "26.67"])
    #expect(scoring.items.map(\.weight) == ["60", "40"])
    #expect(scoring.items[0].note == "capped at the weight")
    #expect(scoring.items[0].rule == "test-rules.xml:40")
  }

  @Test func theCardSaysVetoExemptionAndSurcharge() throws {
    let vetoed = try #require(Self.card(2).scoring)
    #expect(vetoed.veto == "一票否决：2024 年发生较大环境污染事件")
    #expect(vetoed.rank == nil)
    #expect(vetoed.surcharge?.amount == nil)
    let surcharged = try #require(Self.card(1).scoring)
    #expect(surcharged.surcharge?.amount == "360,000.00")
    #expect(surcharged.surcharge?.kWh == "1200000")
    let exempt = try #require(Self.card(3).scoring)
    #expect(exempt.exemption == "投产未满三年")
    #expect(exempt.classLabel == "T类（不定等级）")
    let page = try ParcelCard(
      verdict: HTMLScoredFixture.batch[1], ruleSet: HTMLFixture.ruleSet()
    ).render()
    #expect(
      page.contains(
        "<dt>差别化电价加价</dt><dd>0.3 元/千瓦时 × 1200000 千瓦时 = 360,000.00 元 · class D: 0.3 CNY/kWh</dd>"))
  }

  @Test(arguments: HTMLLanguage.allCases)
  func theClauseTableHasDamagesAndTheirBasis(language: HTMLLanguage) throws {
    let contract = try #require(Self.card(2, language: language).contract)
    let zh = language == .zh
    #expect(contract.clauses.map(\.key) == ["fail", "pending"])
    #expect(contract.clauses.map(\.clause) == (zh ? ["开工", "竣工"] : ["Start", "Completion"]))
    #expect(contract.clauses[0].agreed == "2022-09-28 *")
    #expect(contract.clauses[0].actual == (zh ? "尚未发生 (迟 915 天)" : "not yet (915 days late)"))
    #expect(contract.clauses[0].damages == "549.00")
    #expect(
      contract.clauses[0].basis
        == (zh ? "915 天 × 0.5‰ × 1200 = 549" : "915 days × 0.5‰ × 1200 = 549"))
    // A clause not yet due has no actual and owes nothing.
    #expect(contract.clauses[1].actual == "")
    #expect(contract.clauses[1].damages == "")
    #expect(contract.clauses[1].basis == nil)
    #expect(contract.idleFee?.amount == "240.00")
    // 549 + 240.
    #expect(contract.totalDamages == "789.00")
    #expect(
      contract.footnotes
        == [
          zh
            ? "* 开工：因政府原因或不可抗力顺延 90 天，原定 2022-06-30"
            : "* Start: due date moved 90 days (government delay or force majeure) from 2022-06-30"
        ])
    #expect(contract.idle?.days == "915")
    #expect(contract.idle?.stage == (zh ? "无偿收回" : "recovery without compensation"))
  }

  @Test func commitmentsShowTheAgreedBoundAndTheValue() throws {
    let contract = try #require(Self.card(1, language: .en).contract)
    #expect(contract.clauses[1].agreed == "≥ 1")
    #expect(contract.clauses[1].actual == "0.6 (2024)")
    #expect(contract.clauses[1].word == "Broken")
    #expect(
      contract.lowEfficiency == [
        "completed two years, output per mu under 50% of the control value: output per mu 120 is under 50% of the control value 300"
      ])
    #expect(contract.idle == nil)
    let undecided = try #require(Self.card(3).contract)
    #expect(undecided.clauses[0].basis == "缺少数据，无法核定")
    #expect(undecided.clauses[0].icon == "?")
  }

  @Test func aCardWithoutScoringOrContractHasNeitherSection() throws {
    let page = try ParcelCard(verdict: HTMLFixture.smallBatch[0], ruleSet: HTMLFixture.ruleSet())
      .render()
    #expect(!page.contains("亩均效益分类"))
    #expect(!page.contains("出让合同履约"))
  }
}
