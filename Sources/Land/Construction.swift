/// What actually happened on site (`records.md`, `construction`).
public struct Construction: Sendable, Hashable {
  public var started: CivilDate?
  public var completed: CivilDate?
  /// Work has been stopped since this date.
  public var suspendedFrom: CivilDate?
  /// Land already built on, in m².
  public var developedArea: Double?

  public init(
    started: CivilDate? = nil, completed: CivilDate? = nil, suspendedFrom: CivilDate? = nil,
    developedArea: Double? = nil
  ) {
    self.started = started
    self.completed = completed
    self.suspendedFrom = suspendedFrom
    self.developedArea = developedArea
  }
}
