public import Land

/// How far government delays and force majeure move the start and
/// completion due dates (`domain.md`, "Idle land": such delays do not count
/// against the holder; the start date moves). Only events dated on or before
/// the as-of date count: later ones had not happened yet.
public struct DueShift: Sendable, Hashable {
  /// The events that move the dates, in record order.
  public var events: [Event]

  public init(events: [Event], asOf: CivilDate) {
    self.events = events.filter {
      ($0.kind == .governmentDelay || $0.kind == .forceMajeure) && ($0.days ?? 0) > 0
        && $0.date <= asOf
    }
  }

  /// The total number of days the due dates move.
  public var days: Int { events.reduce(0) { $0 + ($1.days ?? 0) } }

  /// `government-delay of 2020-02-01 (90 days), force-majeure of … (60 days)`.
  public var cause: String {
    events.map { "\($0.kind.rawValue) of \($0.date) (\($0.days ?? 0) days)" }
      .joined(separator: ", ")
  }
}
