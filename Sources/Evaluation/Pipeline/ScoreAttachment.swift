import Rules

/// What the writing thread does about scores to each verdict, in input
/// order: attaches its score when the run scores (the verdict's position
/// in the run picks it), and drops the figures an evaluator left pending
/// for scoring when the run does not (a scoring rule set read in one
/// pass). Verdicts of a rule set that does not score are not touched:
/// setting nil over nil was 0.4% of a run's instructions (callgrind,
/// release, 10k parcels).
struct ScoreAttachment {
  private let scores: ScoringBoard?
  private let dropsPending: Bool
  private var ordinal = 0

  init(_ scores: ScoringBoard?, ruleSet: RuleSet) {
    self.scores = scores
    dropsPending = scores == nil && ruleSet.parcelScoring != nil
  }

  mutating func attach(to verdict: inout Verdict) {
    if let scores {
      verdict.scoring = scores.result(ordinal: ordinal, figures: verdict.pendingScoring)
      verdict.pendingScoring = nil
    } else if dropsPending {
      verdict.pendingScoring = nil
    }
    ordinal += 1
  }
}
