import Evaluation

/// HOOK (issue 3, scoring): what the batch report gathers from
/// ``Verdict/scoring``. `ScoringResult` is a placeholder today, so this
/// only notes that scores were there. When it gains a class and a score,
/// count parcels by class (A/B/C/D/T) overall and per district, keep the
/// scores as `Double`s for the score histogram with the class cut-offs,
/// and keep the worst-scoring ``HTMLBatchAggregate/listLimit`` parcels.
/// The page shows its section only when ``isPresent``.
struct HTMLScoringAggregate: Sendable {
  private(set) var parcels = 0

  var isPresent: Bool { parcels > 0 }

  mutating func add(_ result: ScoringResult, of verdict: Verdict) {
    parcels += 1
  }
}

/// HOOK (issue 4, contracts): what the batch report gathers from
/// ``Verdict/contract``. `ContractReview` is a placeholder today. When it
/// gains damages and idle-land state, total the damages, count idle
/// parcels by stage, and keep the largest damages and the idle parcels
/// (bounded lists, as for the worst gaps). The page shows its section only
/// when ``isPresent``.
struct HTMLContractAggregate: Sendable {
  private(set) var parcels = 0

  var isPresent: Bool { parcels > 0 }

  mutating func add(_ review: ContractReview, of verdict: Verdict) {
    parcels += 1
  }
}
