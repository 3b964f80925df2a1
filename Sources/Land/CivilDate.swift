/// A calendar date without time or time zone (proleptic Gregorian), as the
/// land records write it: `2024-06-30` (`records.md`: "Dates are ISO 8601").
///
/// The fields always name a real day: the only ways to make one are the
/// validating initialisers and the day arithmetic.
public struct CivilDate: Sendable, Hashable {
  public let year: Int
  public let month: Int
  public let day: Int

  /// The date with these fields; nil when they name no day
  /// (`2024-02-30`, month 13) or the year is outside 1...9999.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CivilDate.daysInMonth(month, of: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Fields already known to be valid (day arithmetic).
  init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// True for leap years of the Gregorian calendar.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// The number of days in a month (1...12) of a year.
  public static func daysInMonth(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: isLeapYear(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
