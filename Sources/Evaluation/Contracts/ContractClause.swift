public import Land

/// Which clause of the contract a finding is about.
public enum ContractClause: Sendable, Hashable {
  case handover
  case start
  case completion
  /// A commitment on an indicator.
  case commitment(Indicator)

  /// The name verdicts use: `handover`, `start`, `completion`, or the
  /// commitment's indicator name (`records.md`, "Contract checks").
  public var name: String {
    switch self {
    case .handover: "handover"
    case .start: "start"
    case .completion: "completion"
    case .commitment(let indicator): indicator.rawValue
    }
  }
}
