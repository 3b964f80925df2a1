/// Something that happened on the parcel: a violation, an incident, a
/// delay (`records.md`, `events/event`).
public struct Event: Sendable, Hashable {
  public var date: CivilDate
  public var kind: EventKind
  public var severity: EventSeverity?
  /// For delays: how many days.
  public var days: Int?
  /// The element's text: what happened, in the bureau's words.
  public var text: String

  public init(
    date: CivilDate, kind: EventKind, severity: EventSeverity? = nil, days: Int? = nil,
    text: String = ""
  ) {
    self.date = date
    self.kind = kind
    self.severity = severity
    self.days = days
    self.text = text
  }
}
