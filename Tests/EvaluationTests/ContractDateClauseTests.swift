import Land
import Testing

@testable import Evaluation

/// Start, completion and handover dates, damages per day, moved dates.
/// Every expected amount is worked out by hand in the comment above it.
@Suite struct ContractDateClauseTests {
  @Test func aStart45DaysLateAtHalfAPermilleADayOwes18() throws {
    // Due 2020-06-20, started 2020-08-04: 10 days to 06-30, 31 in July, 4
    // in August = 45 days late (actual − due). 45 × 0.5‰ × 800 = 18.
    let parcel = contractParcel(
      start: ContractDeadline(due: day("2020-06-20"), penaltyPermillePerDay: 0.5),
      construction: Construction(started: day("2020-08-04")))
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    let start = try #require(review.finding(.start))
    #expect(start.status == .fail)
    #expect(start.daysLate == 45)
    #expect(
      start.message
        == "start: started 2020-08-04, 45 days late (due 2020-06-20); damages 45 days × 0.5‰ × 800 = 18"
    )
    let item = try #require(review.damages("start"))
    #expect(item.amount == 18)
    #expect(item.basis == "45 days × 0.5‰ × 800 = 18")
    #expect(review.totalDamages == 18)
    #expect(!review.holds)
  }

  @Test func aStartOnItsDueDateIsOnTime() throws {
    let parcel = contractParcel(
      start: ContractDeadline(due: day("2020-06-20"), penaltyPermillePerDay: 1),
      construction: Construction(started: day("2020-06-20")))
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    let start = try #require(review.finding(.start))
    #expect(start.status == .pass)
    #expect(start.daysLate == 0)
    #expect(start.message == "start: started 2020-06-20, on time (due 2020-06-20)")
    #expect(review.damages.isEmpty)
    #expect(review.holds)
  }

  @Test func aCompletionStillOpen100DaysAfterItsDateAt1PermilleOwes80SoFar() throws {
    // Due 2022-06-20; as of 2022-09-28: 10 (June) + 31 (July) + 31 (August)
    // + 28 (September) = 100 days. 100 × 1‰ × 800 = 80.
    let parcel = contractParcel(
      start: ContractDeadline(due: day("2020-06-20"), penaltyPermillePerDay: 1),
      completion: ContractDeadline(due: day("2022-06-20"), penaltyPermillePerDay: 1),
      construction: Construction(started: day("2020-06-01")))
    let review = ContractReviewer(asOf: day("2022-09-28")).review(parcel)
    let completion = try #require(review.finding(.completion))
    #expect(completion.status == .fail)
    #expect(completion.actual == nil)
    #expect(completion.daysLate == 100)
    #expect(
      completion.message
        == "completion: not completed as of 2022-09-28, 100 days late so far (due 2022-06-20); damages 100 days × 1‰ × 800 = 80"
    )
    #expect(review.damages("completion")?.amount == 80)
    #expect(review.totalDamages == 80)
  }

  @Test(arguments: ["2022-06-01", "2022-06-20"])
  func aClauseNotYetDueIsPendingAndOwesNothing(asOf: String) throws {
    // Due 2022-06-20 and still open: on or before the due date it is pending.
    let parcel = contractParcel(
      completion: ContractDeadline(due: day("2022-06-20"), penaltyPermillePerDay: 1),
      construction: Construction(started: day("2020-06-01")))
    let review = ContractReviewer(asOf: day(asOf)).review(parcel)
    let completion = try #require(review.finding(.completion))
    #expect(completion.status == .pending)
    #expect(completion.message == "completion: not yet due as of \(asOf) (due 2022-06-20)")
    #expect(review.damages.isEmpty)
    #expect(review.totalDamages == 0)
    #expect(review.holds)
  }

  @Test func aCompletionAfterTheAsOfDateHadNotHappenedYet() throws {
    // Completed 2023-01-10, but as of 2022-09-28 it was still open: 100 days.
    let parcel = contractParcel(
      completion: ContractDeadline(due: day("2022-06-20"), penaltyPermillePerDay: 1),
      construction: Construction(started: day("2020-06-01"), completed: day("2023-01-10")))
    let review = ContractReviewer(asOf: day("2022-09-28")).review(parcel)
    #expect(review.finding(.completion)?.daysLate == 100)
    #expect(review.finding(.completion)?.actual == nil)
  }

  @Test func delaysMoveTheStartAndCompletionDatesAndTheFindingSaysSo() throws {
    // A 60-day force majeure: start due 2020-06-20 moves to 2020-08-19
    // (10 + 31 + 19 = 60); started 2020-08-29 is 10 days late:
    // 10 × 1‰ × 800 = 8. Completion 2022-06-20 moves to 2022-08-19;
    // completed 2022-08-01 is on time.
    let parcel = contractParcel(
      start: ContractDeadline(due: day("2020-06-20"), penaltyPermillePerDay: 1),
      completion: ContractDeadline(due: day("2022-06-20"), penaltyPermillePerDay: 1),
      construction: Construction(started: day("2020-08-29"), completed: day("2022-08-01")),
      events: [Event(date: day("2020-05-01"), kind: .forceMajeure, days: 60)])
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    let start = try #require(review.finding(.start))
    #expect(start.due == day("2020-08-19"))
    #expect(start.movedDays == 60)
    #expect(
      start.message
        == "start: started 2020-08-29, 10 days late (due 2020-06-20, moved 60 days to 2020-08-19 by force-majeure of 2020-05-01 (60 days)); damages 10 days × 1‰ × 800 = 8"
    )
    #expect(review.finding(.completion)?.status == .pass)
    #expect(review.totalDamages == 8)
  }

  @Test func delaysRecordedAfterTheAsOfDateDoNotMoveAnything() throws {
    let parcel = contractParcel(
      start: ContractDeadline(due: day("2020-06-20"), penaltyPermillePerDay: 1),
      construction: Construction(started: day("2020-06-30")),
      events: [Event(date: day("2026-01-01"), kind: .governmentDelay, days: 90)])
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    #expect(review.finding(.start)?.movedDays == 0)
    #expect(review.finding(.start)?.daysLate == 10)
  }

  @Test func aLateClauseWithoutALandPriceHasNoData() throws {
    let parcel = contractParcel(
      price: nil, start: ContractDeadline(due: day("2020-06-20"), penaltyPermillePerDay: 0.5),
      construction: Construction(started: day("2020-08-04")))
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    let start = try #require(review.finding(.start))
    #expect(start.status == .nodata)
    #expect(
      start.message
        == "start: started 2020-08-04, 45 days late (due 2020-06-20); the damages cannot be computed: the record has no land price (supply/@price)"
    )
    #expect(review.damages.isEmpty)
    #expect(!review.holds)
  }

  @Test func aLateHandoverIsTheGrantorsAndOwesTheHolderNothing() throws {
    // Due 2019-07-31, delivered 2019-08-10: 10 days late.
    let parcel = contractParcel(
      handover: Handover(due: day("2019-07-31"), actual: day("2019-08-10")))
    let review = ContractReviewer(asOf: day("2025-03-31")).review(parcel)
    let handover = try #require(review.finding(.handover))
    #expect(handover.status == .fail)
    #expect(
      handover.message
        == "handover: handed over 2019-08-10, 10 days late (due 2019-07-31); the grantor delivered the land late"
    )
    #expect(review.damages.isEmpty)
  }
}
