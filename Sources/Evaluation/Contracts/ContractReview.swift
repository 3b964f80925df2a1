/// A parcel's land-transfer contract checked as of a date: clauses,
/// damages, idle land. Filled in by the contract work (issue 4).
public struct ContractReview: Sendable, Hashable {
  public init() {}
}
