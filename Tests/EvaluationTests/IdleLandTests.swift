import Land
import Testing

@testable import Evaluation

/// Idle land and its fee, on a land price of 800 (10k CNY). The start
/// clause has no daily rate here, so the idle fee is the only amount.
@Suite struct IdleLandTests {
  static let start = ContractDeadline(due: day("2020-06-20"))

  @Test func notStarted400DaysAfterTheDateIsIdleWithAFeeOf160() throws {
    // 2020-06-20 + 365 = 2021-06-20, + 35 = 2021-07-25: 400 days, over one
    // year. Fee 20% × 800 = 160.
    let review = ContractReviewer(asOf: day("2021-07-25")).review(
      contractParcel(start: Self.start))
    let idle = try #require(review.idle)
    #expect(idle.since == day("2020-06-20"))
    #expect(idle.days == 400)
    #expect(idle.stage == .fee)
    #expect(idle.reason == "not started 400 days after the start due date 2020-06-20")
    let fee = try #require(review.damages("idleFee"))
    #expect(fee.amount == 160)
    #expect(fee.basis == "20% × 800 = 160")
    #expect(!review.holds)
  }

  @Test func notStarted800DaysAfterTheDateIsForRecovery() throws {
    // 2020-06-20 + 730 = 2022-06-20 (two whole years), + 70 = 2022-08-29.
    let review = ContractReviewer(asOf: day("2022-08-29")).review(
      contractParcel(start: Self.start))
    #expect(review.idle?.days == 800)
    #expect(review.idle?.stage == .recovery)
    #expect(review.damages("idleFee")?.amount == 160)
  }

  @Test func a60DayForceMajeureKeepsTheLandOutOfIdle400DaysAfterTheOriginalDate() throws {
    // Moved start 2020-08-19; 2021-07-25 is 400 − 60 = 340 days after it.
    let parcel = contractParcel(
      start: Self.start, events: [Event(date: day("2020-05-01"), kind: .forceMajeure, days: 60)])
    let review = ContractReviewer(asOf: day("2021-07-25")).review(parcel)
    #expect(review.idle == nil)
    #expect(review.damages("idleFee") == nil)
    #expect(review.finding(.start)?.daysLate == 340)
  }

  @Test func oneYearIsCountedToTheSameCalendarDay() throws {
    let parcel = contractParcel(start: Self.start)
    #expect(ContractReviewer(asOf: day("2021-06-19")).review(parcel).idle == nil)
    #expect(ContractReviewer(asOf: day("2021-06-20")).review(parcel).idle?.days == 365)
  }

  @Test func startedButSuspendedAYearWithLittleBuiltIsIdleToo() throws {
    // Developed 6000 m² < 30000 ÷ 3 = 10000 m²; suspended 2023-03-01, so
    // 2024-03-31 is 366 (to 2024-03-01, across 2024-02-29) + 30 = 396 days later.
    let parcel = contractParcel(
      start: Self.start,
      construction: Construction(
        started: day("2020-06-01"), suspendedFrom: day("2023-03-01"), developedArea: 6000))
    let review = ContractReviewer(asOf: day("2024-03-31")).review(parcel)
    let idle = try #require(review.idle)
    #expect(idle.stage == .fee)
    #expect(idle.days == 396)
    #expect(
      idle.reason
        == "work suspended since 2023-03-01 (396 days), and the developed area 6000 m² is under one third of the site's 30000 m²"
    )
  }

  @Test func startedButSuspendedAYearWithLittleInvestedIsIdleToo() throws {
    // Committed 300 per mu × 45 mu = 13500; invested 3000 < 25% × 13500 = 3375.
    let parcel = contractParcel(
      start: Self.start,
      commitments: [Commitment(indicator: .investmentIntensity, min: 300)],
      construction: Construction(started: day("2020-06-01"), suspendedFrom: day("2023-03-01")),
      fixedAssets: 3000)
    let idle = try #require(ContractReviewer(asOf: day("2024-03-31")).review(parcel).idle)
    #expect(
      idle.reason
        == "work suspended since 2023-03-01 (396 days), and the investment 3000 is under 25% of the committed 13500 (10k CNY)"
    )
  }

  @Test func suspendedAYearWithEnoughBuiltAndInvestedIsNotIdle() {
    // Developed 12000 m² ≥ 10000 m²; invested 3400 ≥ 3375.
    let parcel = contractParcel(
      start: Self.start,
      commitments: [Commitment(indicator: .investmentIntensity, min: 300)],
      construction: Construction(
        started: day("2020-06-01"), suspendedFrom: day("2023-03-01"), developedArea: 12000),
      fixedAssets: 3400)
    #expect(ContractReviewer(asOf: day("2024-03-31")).review(parcel).idle == nil)
  }

  @Test func landStartedLateButBeforeTheAsOfDateIsNotIdle() {
    let parcel = contractParcel(
      start: Self.start, construction: Construction(started: day("2021-09-01")))
    let review = ContractReviewer(asOf: day("2022-08-29")).review(parcel)
    #expect(review.idle == nil)
    #expect(review.finding(.start)?.status == .fail)
  }

  @Test func idleWithoutALandPriceSaysTheFeeCannotBeComputed() {
    let review = ContractReviewer(asOf: day("2021-07-25")).review(
      contractParcel(price: nil, start: Self.start))
    #expect(review.idle?.stage == .fee)
    #expect(review.damages.isEmpty)
    #expect(
      review.notes == [
        "the idle-land fee (20% of the land price) cannot be computed: the record has no land price (supply/@price)"
      ])
  }
}

@Suite struct LowEfficiencyTests {
  @Test func moreThanTwoYearsPastCompletionAndNotCompletedIsFlagged() {
    let parcel = contractParcel(
      completion: ContractDeadline(due: day("2022-06-20")),
      construction: Construction(started: day("2020-06-01")))
    #expect(ContractReviewer(asOf: day("2024-06-20")).review(parcel).lowEfficiency.isEmpty)
    let flags = ContractReviewer(asOf: day("2024-06-21")).review(parcel).lowEfficiency
    #expect(
      flags == [
        LowEfficiencyFlag(
          criterion: .overdueCompletion,
          reason:
            "not completed as of 2024-06-21, more than two years after the completion due date 2022-06-20"
        )
      ])
  }

  @Test func lowInvestmentAndOutputTwoYearsAfterCompletionAreFlagged() {
    // Intensity 6750 ÷ 45 = 150 < 50% × 320 = 160; output 4500 ÷ 45 = 100
    // per mu < 50% × 250 = 125.
    let parcel = contractParcel(
      commitments: [
        Commitment(indicator: .investmentIntensity, min: 320),
        Commitment(indicator: .outputPerMu, min: 250),
      ],
      construction: Construction(started: day("2020-06-01"), completed: day("2022-01-10")),
      fixedAssets: 6750, performance: [Performance(year: 2024, output: 4500)])
    let flags = ContractReviewer(asOf: day("2025-03-31")).review(parcel).lowEfficiency
    #expect(flags.map(\.criterion) == [.lowInvestment, .lowOutput])
    #expect(
      flags.last?.reason
        == "completed 2022-01-10; output per mu 100 10k-CNY/mu in 2024 is under 50% of the control value 250"
    )
  }

  @Test func productionStoppedForAYearIsFlagged() {
    let parcel = contractParcel(events: [
      Event(date: day("2023-01-01"), kind: .productionStopped, days: 400),
      Event(date: day("2024-01-01"), kind: .productionStopped, days: 100),
    ])
    let flags = ContractReviewer(asOf: day("2025-03-31")).review(parcel).lowEfficiency
    #expect(
      flags == [
        LowEfficiencyFlag(
          criterion: .productionStopped, reason: "production stopped from 2023-01-01 for 400 days")
      ])
  }

  @Test func aMajorSafetyOrEnvironmentEventWithinAYearIsFlagged() {
    // As of 2025-03-31: 2024-06-01 is 303 days before (flagged); 2024-03-30
    // is 366 days before (too old); a minor violation never counts.
    let parcel = contractParcel(events: [
      Event(date: day("2024-03-30"), kind: .safetyIncident, severity: .major),
      Event(date: day("2024-06-01"), kind: .environmentalViolation, severity: .major),
      Event(date: day("2024-09-01"), kind: .environmentalViolation, severity: .minor),
    ])
    let flags = ContractReviewer(asOf: day("2025-03-31")).review(parcel).lowEfficiency
    #expect(
      flags == [
        LowEfficiencyFlag(
          criterion: .safetyOrEnvironment,
          reason: "a major environmental-violation on 2024-06-01, within a year of 2025-03-31")
      ])
  }
}
