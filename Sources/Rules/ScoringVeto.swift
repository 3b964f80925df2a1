public import Land
public import XMLStream

/// One `<veto>` (一票否决): an event of this kind (and severity, when
/// given) dated in the evaluated year forces the class, whatever the score.
public struct ScoringVeto: Sendable, Hashable {
  public var event: EventKind
  public var severity: EventSeverity?
  public var `class`: RatingClass
  public var reason: String
  public var location: SourceLocation

  public init(
    event: EventKind, severity: EventSeverity? = nil, class: RatingClass, reason: String,
    location: SourceLocation
  ) {
    self.event = event
    self.severity = severity
    self.class = `class`
    self.reason = reason
    self.location = location
  }
}
