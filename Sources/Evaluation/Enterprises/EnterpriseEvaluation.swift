public import Enterprises

/// A run's enterprises with their evaluation, as a collection of verdicts
/// made when each is read (``EnterpriseScoring/verdict(at:of:)``): the
/// writers go through them one at a time, and a county's verdicts, with
/// their items and words, are never all held at once.
public struct EnterpriseEvaluation: Sendable, RandomAccessCollection {
  public let enterprises: [Enterprise]
  public let scoring: EnterpriseScoring

  public init(enterprises: [Enterprise], scoring: EnterpriseScoring) {
    self.enterprises = enterprises
    self.scoring = scoring
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { enterprises.count }

  public subscript(index: Int) -> EnterpriseVerdict {
    scoring.verdict(at: index, of: enterprises)
  }
}
