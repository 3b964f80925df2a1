import Land
import Testing

@Suite struct CivilDateTests {
  @Test(arguments: ["2024-02-29", "2000-02-29", "1970-01-01", "0001-01-01", "9999-12-31"])
  func parsesAndPrintsValidDates(_ text: String) throws {
    let date = try #require(CivilDate(text))
    #expect(date.description == text)
  }

  @Test(arguments: [
    "2024-02-30",  // February has 29 days in 2024
    "2023-02-29",  // 2023 is not a leap year
    "1900-02-29",  // divisible by 100, not by 400: not leap
    "2024-04-31",  // April has 30 days
    "2024-13-01", "2024-00-10", "2024-01-00", "0000-01-01",
    "2024-2-3", "2024/02/03", "2024-02/03", "2024/02-03", "20240203", "2024-02-03T00:00",
    " 2024-02-03",
    "2024-02-0x", "+024-02-03", "２０２４-02-03", "",
  ])
  func rejectsNonDates(_ text: String) {
    #expect(CivilDate(text) == nil)
  }

  @Test func fieldsAndValidation() throws {
    let date = try #require(CivilDate(year: 2019, month: 6, day: 12))
    #expect(date.year == 2019 && date.month == 6 && date.day == 12)
    #expect(CivilDate(year: 2019, month: 6, day: 31) == nil)
  }

  @Test func leapYears() {
    #expect(CivilDate.isLeapYear(2024))
    #expect(CivilDate.isLeapYear(2000))
    #expect(!CivilDate.isLeapYear(1900))
    #expect(!CivilDate.isLeapYear(2023))
    #expect(CivilDate.daysInMonth(2, of: 2024) == 29)
    #expect(CivilDate.daysInMonth(2, of: 2100) == 28)
  }

  @Test func ordering() throws {
    let a = try #require(CivilDate("2019-12-31"))
    let b = try #require(CivilDate("2020-01-01"))
    let c = try #require(CivilDate("2020-01-02"))
    #expect(a < b && b < c)
    #expect([c, a, b].sorted() == [a, b, c])
  }

  @Test func daysSinceEpoch() throws {
    #expect(try #require(CivilDate("1970-01-01")).daysSinceEpoch == 0)
    #expect(try #require(CivilDate("1970-01-02")).daysSinceEpoch == 1)
    #expect(try #require(CivilDate("1969-12-31")).daysSinceEpoch == -1)
    // 1970..1999 is 30 years with 7 leap days (72, 76, 80, 84, 88, 92, 96):
    // 30 × 365 + 7 = 10957.
    #expect(try #require(CivilDate("2000-01-01")).daysSinceEpoch == 10957)
    #expect(CivilDate(daysSinceEpoch: 10957)?.description == "2000-01-01")
  }

  @Test func dayDifferences() throws {
    let feb28 = try #require(CivilDate("2024-02-28"))
    let mar1 = try #require(CivilDate("2024-03-01"))
    // 2024 is leap: Feb 28 → Feb 29 → Mar 1.
    #expect(mar1.days(from: feb28) == 2)
    #expect(feb28.days(from: mar1) == -2)
    // 2023 is not: Feb 28 → Mar 1.
    #expect(
      try #require(CivilDate("2023-03-01")).days(from: #require(CivilDate("2023-02-28"))) == 1)
    // A leap year has 366 days, a common year 365.
    #expect(
      try #require(CivilDate("2025-01-01")).days(from: #require(CivilDate("2024-01-01"))) == 366)
    #expect(
      try #require(CivilDate("2024-01-01")).days(from: #require(CivilDate("2023-01-01"))) == 365)
    // Start due 2020-06-20, started 2020-08-19: June has 10 days left after
    // the 20th, July 31, August 19 → 10 + 31 + 19 = 60 days late.
    #expect(
      try #require(CivilDate("2020-08-19")).days(from: #require(CivilDate("2020-06-20"))) == 60)
  }

  @Test func addingDays() throws {
    let feb28 = try #require(CivilDate("2024-02-28"))
    #expect(feb28.adding(days: 1)?.description == "2024-02-29")
    #expect(feb28.adding(days: 2)?.description == "2024-03-01")
    #expect(feb28.adding(days: -59)?.description == "2023-12-31")  // 28 Feb + 31 Jan = 59
    #expect(feb28.adding(days: 366)?.description == "2025-02-28")  // 1 Mar 24 → 28 Feb 25
    #expect(try #require(CivilDate("1900-02-28")).adding(days: 1)?.description == "1900-03-01")
    #expect(try #require(CivilDate("9999-12-31")).adding(days: 1) == nil)
    #expect(try #require(CivilDate("0001-01-01")).adding(days: -1) == nil)
  }

  @Test func roundTripsEveryDayOfFourHundredYears() throws {
    let start = try #require(CivilDate("1900-01-01"))
    var previous = start
    // 400 Gregorian years have 146097 days.
    for offset in 1...146_097 {
      let date = try #require(start.adding(days: offset))
      #expect(date.days(from: previous) == 1)
      #expect(CivilDate(date.description) == date)
      previous = date
    }
    #expect(previous.description == "2300-01-01")
  }
}
