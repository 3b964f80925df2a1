/// Day arithmetic through the count of days since 1970-01-01 (proleptic
/// Gregorian), after Howard Hinnant's `days_from_civil` / `civil_from_days`.
extension CivilDate: Comparable {
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Days since 1970-01-01 (negative before it).
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400  // 0...399
    let shiftedMonth = month > 2 ? month - 3 : month + 9  // March = 0
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1  // 0...365
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date `days` days after 1970-01-01; nil outside years 1...9999.
  public init?(daysSinceEpoch days: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097  // 0...146096
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    guard (1...9999).contains(year) else { return nil }
    self.init(unchecked: year, month, day)
  }

  /// The date `days` days later (earlier when negative); nil when that
  /// falls outside years 1...9999.
  public func adding(days: Int) -> CivilDate? {
    CivilDate(daysSinceEpoch: daysSinceEpoch + days)
  }

  /// Days from `other` to `self`: positive when `self` is later.
  /// `2024-03-01`.days(from: `2024-02-28`) is 2.
  public func days(from other: CivilDate) -> Int {
    daysSinceEpoch - other.daysSinceEpoch
  }
}
