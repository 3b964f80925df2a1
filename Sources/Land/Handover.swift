/// When the land was to be handed over to the holder, and when it was
/// (`records.md`, `contract/handover`).
public struct Handover: Sendable, Hashable {
  public var due: CivilDate?
  public var actual: CivilDate?

  public init(due: CivilDate? = nil, actual: CivilDate? = nil) {
    self.due = due
    self.actual = actual
  }
}
