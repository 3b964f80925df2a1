/// The land-transfer contract or supervision agreement (`records.md`,
/// `contract`).
public struct Contract: Sendable, Hashable {
  public var id: String?
  public var signed: CivilDate?
  public var handover: Handover?
  public var start: ContractDeadline?
  public var completion: ContractDeadline?
  /// In document order.
  public var commitments: [Commitment]

  public init(
    id: String? = nil, signed: CivilDate? = nil, handover: Handover? = nil,
    start: ContractDeadline? = nil, completion: ContractDeadline? = nil,
    commitments: [Commitment] = []
  ) {
    self.id = id
    self.signed = signed
    self.handover = handover
    self.start = start
    self.completion = completion
    self.commitments = commitments
  }
}
