/// An agreed date for starting or completing construction, with the
/// damages per day of delay (`records.md`, `contract/start`, `completion`).
public struct ContractDeadline: Sendable, Hashable {
  public var due: CivilDate?
  /// Damages per day of delay, in ‰ of the land price.
  public var penaltyPermillePerDay: Double?

  public init(due: CivilDate? = nil, penaltyPermillePerDay: Double? = nil) {
    self.due = due
    self.penaltyPermillePerDay = penaltyPermillePerDay
  }
}
