import XMLStream

extension Event {
  /// `<event date="2023-05-10" kind="environmental-violation"
  /// severity="major" days="90">what happened</event>`
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Event? {
    _ = decoder.open(element, attributes: ["date", "kind", "severity", "days"], text: true)
    let date = decoder.date(element, "date", required: true)
    let kind = decoder.choice(element, "kind", required: true, as: EventKind.self)
    let severity = decoder.choice(element, "severity", as: EventSeverity.self)
    let days = decoder.wholeNumber(element, "days")
    guard let date, let kind else { return nil }
    return Event(
      date: date, kind: kind, severity: severity, days: days, text: decoder.text(element))
  }
}
