/// One reason the land counts as low-efficiency land (低效用地), after the
/// criteria in `domain.md`, "Flexible terms, splitting, low-efficiency land".
public struct LowEfficiencyFlag: Sendable, Hashable {
  public var criterion: LowEfficiencyCriterion
  public var reason: String

  public init(criterion: LowEfficiencyCriterion, reason: String) {
    self.criterion = criterion
    self.reason = reason
  }
}

public enum LowEfficiencyCriterion: String, Sendable, Hashable, CaseIterable {
  /// More than two years past the completion due date and not completed.
  case overdueCompletion
  /// Completed two years or more, investment intensity under 50% of the contract.
  case lowInvestment
  /// Completed two years or more, output per mu under 50% of the control value.
  case lowOutput
  /// Production stopped or half-stopped for a year or more.
  case productionStopped
  /// Fails safety or environment rules: a major safety incident or
  /// environmental violation recorded in the year up to the as-of date.
  case safetyOrEnvironment
}
