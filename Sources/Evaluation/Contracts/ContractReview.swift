public import Land

/// A parcel's land-transfer contract checked as of a date: clauses,
/// damages, idle and low-efficiency land (`records.md`, "Contract checks").
public struct ContractReview: Sendable, Hashable {
  public var asOf: CivilDate
  /// In contract order: handover, start, completion, then the commitments.
  public var clauses: [ClauseFinding]
  /// One per broken clause that carries damages, then the idle-land fee.
  public var damages: [DamagesItem]
  /// nil when the land is not idle.
  public var idle: IdleLand?
  public var lowEfficiency: [LowEfficiencyFlag]
  /// Remarks: no contract, a fee that cannot be priced, …
  public var notes: [String]

  public init(
    asOf: CivilDate, clauses: [ClauseFinding] = [], damages: [DamagesItem] = [],
    idle: IdleLand? = nil, lowEfficiency: [LowEfficiencyFlag] = [], notes: [String] = []
  ) {
    self.asOf = asOf
    self.clauses = clauses
    self.damages = damages
    self.idle = idle
    self.lowEfficiency = lowEfficiency
    self.notes = notes
  }

  /// The sum of the damages items, 10k CNY, rounded to the fen.
  public var totalDamages: Double {
    DamagesFormula.roundedToFen(damages.reduce(0) { $0 + $1.amount })
  }

  /// True when every clause that is due holds (passes) and the land is not
  /// idle: `mujun check` exits 0. A clause with no data is not known to
  /// hold.
  public var holds: Bool {
    idle == nil && clauses.allSatisfy { $0.status == .pass || $0.status == .pending }
  }

  /// The finding for a clause, if the contract has it.
  public func finding(_ clause: ContractClause) -> ClauseFinding? {
    clauses.first { $0.clause == clause }
  }

  /// The damages item for a clause name, if one is owed.
  public func damages(_ clause: String) -> DamagesItem? {
    damages.first { $0.clause == clause }
  }
}

extension ContractReview {
  /// A verdict's status with the contract taken into account: a clause the
  /// holder broke, or idle land, makes a parcel noncompliant; a due clause
  /// with no data makes a compliant one incomplete. A late handover is the
  /// grantor's breach, not the holder's: it shows as a failed clause (and
  /// `mujun check` exits 1) but leaves the parcel's status alone.
  public func adjusted(_ status: VerdictStatus) -> VerdictStatus {
    guard status != .rejected else { return status }
    let holders = clauses.filter { $0.clause != .handover }
    if idle != nil || holders.contains(where: { $0.status == .fail }) { return .noncompliant }
    if status == .compliant, holders.contains(where: { $0.status == .nodata }) {
      return .incomplete
    }
    return status
  }
}
