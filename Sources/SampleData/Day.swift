/// A calendar day for synthetic records (always a real date: day ≤ 28).
struct Day {
  var year: Int
  var month: Int
  var day: Int

  var text: String { "\(year)-\(pad(month))-\(pad(day))" }

  /// The same day `years` and `months` later.
  func adding(years: Int = 0, months: Int = 0) -> Day {
    let total = (year + years) * 12 + (month - 1) + months
    return Day(year: total / 12, month: total % 12 + 1, day: day)
  }

  private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

/// Plain decimal text for a number: no exponent, at most two decimals.
func format(_ value: Double) -> String {
  let rounded = value.rounded(toPlaces: 2)
  if rounded == rounded.rounded() { return String(Int(rounded)) }
  var text = String(rounded)
  if text.contains("e") { text = String(Int(rounded)) }
  return text
}

extension Double {
  func rounded(toPlaces places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (self * scale).rounded() / scale
  }
}
