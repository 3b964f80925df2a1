public import Enterprises

/// One enterprise of a run with its evaluation: what the enterprise
/// verdicts out (records.md 1.1) say of it.
public struct EnterpriseVerdict: Sendable {
  public var enterprise: Enterprise
  /// The list it is published in: the scheme that scored it, or `tenant`,
  /// `small`, `unscored`.
  public var track: String
  /// Its score, class, rank and items; nil when not scored.
  public var scoring: ScoringResult?

  public init(enterprise: Enterprise, track: String, scoring: ScoringResult?) {
    self.enterprise = enterprise
    self.track = track
    self.scoring = scoring
  }
}

extension EnterpriseScoring {
  /// Each enterprise with its track, score and notes.
  public func verdicts(_ enterprises: [Enterprise]) -> [EnterpriseVerdict] {
    enterprises.indices.map { verdict(at: $0, of: enterprises) }
  }

  /// The enterprise at `index` with its track, score and notes, made when
  /// asked for.
  public func verdict(at index: Int, of enterprises: [Enterprise]) -> EnterpriseVerdict {
    var enterprise = enterprises[index]
    if index < notes.count, !notes[index].isEmpty {
      // The section's reason replaces the join's track note.
      enterprise.notes.removeAll { $0.source == nil && $0.message == "no land in the records" }
      enterprise.notes += notes[index].map { EnterpriseIssue(source: nil, $0) }
    }
    return EnterpriseVerdict(
      enterprise: enterprise,
      track: index < tracks.count ? tracks[index] : enterprise.track.rawValue,
      scoring: result(at: index, of: enterprises[index]))
  }
}
