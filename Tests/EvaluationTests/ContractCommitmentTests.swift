import Land
import Testing

@testable import Evaluation

/// Commitments and the model contract's damages, on a land price of 800
/// (10k CNY) and a site of 30000 m² = 45 mu unless said otherwise.
@Suite struct ContractCommitmentTests {
  static let completed = Construction(started: day("2020-06-01"), completed: day("2022-01-10"))

  @Test func investmentPlotRatioAndAdminShareOweWhatTheModelContractSays() throws {
    // Investment intensity 12150 ÷ 45 mu = 270 against 300:
    //   (300 − 270) ÷ 300 × 800 = 80.
    // Plot ratio 30000 m² of floor ÷ 30000 m² = 1.0 against 1.25:
    //   (1.25 − 1) ÷ 1.25 × 800 = 160.
    // Admin share 3000 ÷ 30000 = 0.1 above 0.07, at 3‰: 3 ÷ 1000 × 800 = 2.4.
    // Total 80 + 160 + 2.4 = 242.4.
    let parcel = contractParcel(
      commitments: [
        Commitment(indicator: .investmentIntensity, min: 300, unit: .tenThousandCNYPerMu),
        Commitment(indicator: .plotRatio, min: 1.25, max: 3),
        Commitment(indicator: .adminShare, max: 0.07, penaltyPermille: 3),
      ],
      construction: Self.completed, site: Site(adminArea: 3000),
      buildings: [
        Building(use: .production, footprint: 15000, floorArea: 30000, storeys: 2, height: 10)
      ],
      fixedAssets: 12150)
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    #expect(review.clauses.map(\.status) == [.fail, .fail, .fail])
    #expect(
      review.finding(.commitment(.investmentIntensity))?.message
        == "investmentIntensity 270 10k-CNY/mu is below the agreed minimum 300 10k-CNY/mu; damages (300 − 270) ÷ 300 × 800 = 80"
    )
    #expect(review.damages("investmentIntensity")?.amount == 80)
    #expect(review.damages("plotRatio")?.amount == 160)
    #expect(review.damages("plotRatio")?.basis == "(1.25 − 1) ÷ 1.25 × 800 = 160")
    #expect(review.damages("adminShare")?.amount == 2.4)
    #expect(review.damages("adminShare")?.basis == "3‰ × 800 = 2.4")
    #expect(review.totalDamages == 242.4)
  }

  @Test func adminFloorAreaAboveItsLimitOwesPermilleOfThePrice() throws {
    // Admin floor 6000 of 30000 + 6000 = 36000 m² → 1/6 ≈ 0.1667, above the
    // agreed 0.15; at 2‰ of 800: 2 ÷ 1000 × 800 = 1.6.
    let parcel = contractParcel(
      commitments: [Commitment(indicator: .adminFloorShare, max: 0.15, penaltyPermille: 2)],
      construction: Self.completed,
      buildings: [
        Building(use: .production, footprint: 15000, floorArea: 30000, storeys: 2, height: 10),
        Building(use: .admin, footprint: 1500, floorArea: 6000, storeys: 4, height: 16),
      ])
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    #expect(review.clauses.map(\.status) == [.fail])
    #expect(review.damages("adminFloorShare")?.amount == 1.6)
    #expect(review.damages("adminFloorShare")?.basis == "2‰ × 800 = 1.6")
  }

  @Test func aBoundWrittenInYuanPerSquareMetreIsConvertedFirst() throws {
    // 4500 元/m² = 4500 ÷ 15 = 300 万元/亩; 270 against 300 owes 80 as above.
    let parcel = contractParcel(
      commitments: [
        Commitment(indicator: .investmentIntensity, min: 4500, unit: .cnyPerSquareMetre)
      ],
      construction: Self.completed, fixedAssets: 12150)
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    #expect(review.finding(.commitment(.investmentIntensity))?.min == 300)
    #expect(review.damages("investmentIntensity")?.amount == 80)
  }

  @Test func aTaxTopUpOf3PerMuOn40MuIs120() throws {
    // 680 of tax in 2024 on 40 mu = 17 per mu against 20 (from 2023):
    //   (20 − 17) × 40 = 120. No land price is needed.
    let parcel = contractParcel(
      area: Area(40, .mu), price: nil,
      commitments: [
        Commitment(
          indicator: .taxPerMu, min: 20, unit: .tenThousandCNYPerMu, fromYear: 2023,
          remedy: .topUp)
      ],
      performance: [Performance(year: 2024, tax: 680)])
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    let tax = try #require(review.finding(.commitment(.taxPerMu)))
    #expect(tax.status == .fail)
    #expect(tax.year == 2024)
    #expect(
      tax.message
        == "taxPerMu 17 10k-CNY/mu in 2024 is below the agreed minimum 20 10k-CNY/mu; damages (20 − 17) × 40 mu = 120"
    )
    #expect(review.damages("taxPerMu")?.amount == 120)
  }

  @Test func aYearlyCommitmentIsPendingBeforeItsFirstYear() throws {
    let parcel = contractParcel(
      area: Area(40, .mu),
      commitments: [Commitment(indicator: .taxPerMu, min: 20, fromYear: 2026, remedy: .topUp)],
      performance: [Performance(year: 2024, tax: 680)])
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    let tax = try #require(review.finding(.commitment(.taxPerMu)))
    #expect(tax.status == .pending)
    #expect(tax.message == "taxPerMu: not yet due as of 2025-03-31; applies from 2026")
    #expect(review.damages.isEmpty)
  }

  @Test func aSiteCommitmentIsPendingUntilCompletion() throws {
    let parcel = contractParcel(
      commitments: [Commitment(indicator: .plotRatio, min: 1.25)],
      construction: Construction(started: day("2020-06-01")))
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    #expect(review.finding(.commitment(.plotRatio))?.status == .pending)
    #expect(
      review.finding(.commitment(.plotRatio))?.message
        == "plotRatio: not yet due as of 2025-03-31; checked from completion on, and construction is not completed"
    )
  }

  @Test func aCommitmentThatHoldsPassesAndOneWithoutFiguresHasNoData() throws {
    let parcel = contractParcel(
      commitments: [
        Commitment(indicator: .investmentIntensity, min: 250),
        Commitment(indicator: .greenRatio, max: 0.15, penaltyPermille: 1),
      ],
      construction: Self.completed, fixedAssets: 12150)
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    #expect(review.clauses.map(\.status) == [.pass, .nodata])
    #expect(
      review.finding(.commitment(.investmentIntensity))?.message
        == "investmentIntensity 270 10k-CNY/mu meets the agreed minimum 250 10k-CNY/mu")
  }

  @Test func aPlotRatioAboveItsMaximumReportsTheExcessFloorArea() throws {
    // 99000 m² of floor on 30000 m² = 3.3 against 3.0: (3.3 − 3) × 30000 = 9000 m².
    let parcel = contractParcel(
      commitments: [Commitment(indicator: .plotRatio, max: 3)],
      construction: Self.completed,
      buildings: [
        Building(use: .production, footprint: 16500, floorArea: 99000, storeys: 6, height: 24)
      ])
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    #expect(
      review.finding(.commitment(.plotRatio))?.message
        == "plotRatio 3.3 is above the agreed maximum 3; excess floor area 9000 m²; the contract sets no damages for it"
    )
  }

  @Test func withoutFromYearAYearlyCommitmentCountsFromTheYearOfCompletion() throws {
    // Completed 2024-06-01; the only figures are for 2023, before completion.
    let parcel = contractParcel(
      commitments: [Commitment(indicator: .taxPerMu, min: 20)],
      construction: Construction(started: day("2022-06-01"), completed: day("2024-06-01")),
      performance: [Performance(year: 2023, tax: 450)])
    let during = ContractReviewer(asOf: day("2024-12-31")).review(parcel)
    #expect(during.finding(.commitment(.taxPerMu))?.status == .pending)
    #expect(
      during.finding(.commitment(.taxPerMu))?.message
        == "taxPerMu: not yet due as of 2024-12-31; applies from 2024")
    let after = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    let tax = try #require(after.finding(.commitment(.taxPerMu)))
    #expect(tax.status == .nodata)
    #expect(tax.noDataCause == .figures)
    #expect(
      tax.message
        == "taxPerMu: no performance figures for 2024 or later as of 2025-03-31, so the agreed minimum 20 10k-CNY/mu cannot be checked"
    )
  }

  @Test func aProportionalDamagesClauseWithoutALandPriceHasNoData() throws {
    let parcel = contractParcel(
      price: nil, commitments: [Commitment(indicator: .investmentIntensity, min: 300)],
      construction: Self.completed, fixedAssets: 12150)
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    let finding = try #require(review.finding(.commitment(.investmentIntensity)))
    #expect(finding.status == .nodata)
    #expect(finding.noDataCause == .landPrice)
    #expect(
      finding.message
        == "investmentIntensity 270 10k-CNY/mu is below the agreed minimum 300 10k-CNY/mu; the damages cannot be computed: the record has no land price (supply/@price)"
    )
  }
}
