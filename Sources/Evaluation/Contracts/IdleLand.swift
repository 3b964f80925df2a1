public import Land

/// Land found idle as of a date (`domain.md`, "Idle land";
/// `records.md`: `"idle": {"since", "days", "stage"}`).
public struct IdleLand: Sendable, Hashable {
  /// When the idle clock started: the (moved) start due date, or the date
  /// work was suspended.
  public var since: CivilDate
  /// Days from `since` to the as-of date.
  public var days: Int
  public var stage: IdleStage
  /// Why the land is idle, in a sentence.
  public var reason: String

  public init(since: CivilDate, days: Int, stage: IdleStage, reason: String) {
    self.since = since
    self.days = days
    self.stage = stage
    self.reason = reason
  }
}

/// What idleness leads to: the idle-land fee from one year, recovery
/// without compensation from two years not started.
public enum IdleStage: String, Sendable, Hashable, CaseIterable {
  case fee
  case recovery
}
