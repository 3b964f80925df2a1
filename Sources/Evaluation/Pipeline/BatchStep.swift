import XMLStream

/// What the reading thread of a batch hands to the writing one.
enum BatchStep: Sendable {
  /// The document is not land records: nothing more comes.
  case rootProblem(Diagnostic)
  /// Problems with the root's attributes, or bytes skipped after a broken
  /// record that no parcel was open in; the parcels follow.
  case fileErrors([Diagnostic])
  /// A record's verdict, with the id it claims (settled on the writing side,
  /// in input order).
  case verdict(Verdict, claim: IDClaim?)
  /// The bytes of the verdicts that follow, in the run's outputs
  /// (``VerdictRendering``): the next `block.count` verdicts are rendered.
  case lines(RenderedBlock)
  /// The document broke off; the record it broke off in, rejected.
  case fatal(Diagnostic, partial: Verdict?)
  /// A reading thread of a split file is done with a chunk; `last`: nothing
  /// follows it.
  case chunkEnd(last: Bool)
}

/// A parcel id a record uses, and where.
struct IDClaim: Sendable {
  var id: String
  var location: SourceLocation
  /// True when the record decoded into a parcel (a duplicate of it is
  /// rejected); false for a rejected record, which only reserves the id.
  var decoded: Bool
}
