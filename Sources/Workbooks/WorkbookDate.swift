/// A moment in Coordinated Universal Time, to the second: when a workbook
/// was made (``WorkbookProperties/created``).
public struct WorkbookDate: Sendable, Hashable {
  public let year: Int
  public let month: Int
  public let day: Int
  public let hour: Int
  public let minute: Int
  public let second: Int

  /// The moment with these fields; nil when they name none (`2024-02-30`,
  /// hour 24) or the year is outside 1980...9999: the zip format's dates
  /// start in 1980, and libxlsxwriter takes the moment 0 (1970-01-01
  /// 00:00:00) for "now", which would stamp the clock's time in the file.
  public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    guard (1980...9999).contains(year), (1...12).contains(month),
      (1...Self.daysInMonth(month, of: year)).contains(day), (0...23).contains(hour),
      (0...59).contains(minute), (0...59).contains(second)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// 31 December of `year`, midnight: the creation time of a year's
  /// publication; a year outside 1980...9999 is taken to the nearest end.
  public static func endOfYear(_ year: Int) -> WorkbookDate {
    WorkbookDate(fields: min(max(year, 1980), 9999), 12, 31)
  }

  private init(fields year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
    hour = 0
    minute = 0
    second = 0
  }

  /// Seconds since 1970-01-01 00:00:00 UTC (a `time_t`, as
  /// `lxw_doc_properties.created` takes it).
  var secondsSince1970: Int {
    Self.daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60
      + second
  }

  /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar
  /// (Howard Hinnant's `days_from_civil`, "chrono-Compatible Low-Level
  /// Date Algorithms": years counted from March, so that February's leap
  /// day falls at a year's end).
  static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
    let shifted = month <= 2 ? year - 1 : year
    let era = shifted / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func daysInMonth(_ month: Int, of year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
