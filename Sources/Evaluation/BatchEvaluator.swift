import Land
public import XMLStream

/// Runs a whole file of land records through an evaluator: decodes each
/// record as it streams past, evaluates it and hands its verdict on, in
/// input order. Every parcel of the input gets exactly one verdict; a bad
/// record gets a rejected one and the batch goes on.
public struct BatchEvaluator: Sendable {
  public let evaluator: Evaluator

  public init(evaluator: Evaluator) {
    self.evaluator = evaluator
  }

  /// Evaluates every record `reader` yields, calling `emit` with each
  /// verdict in input order. Only an error thrown by `emit` (an output that
  /// cannot be written) stops the run early.
  ///
  /// One pass: a rule set's `<scoring>` needs the whole population and is
  /// left out here; ``run(_:reopen:emit:)`` scores.
  public func run<E: Error>(
    _ reader: XMLRecordReader, emit: (Verdict) throws(E) -> Void
  ) throws(E) -> BatchOutcome {
    try run(reader, scores: nil, emit: emit)
  }

  /// Like ``run(_:emit:)``, attaching `scores[ordinal]` (the position of
  /// the verdict in the run) to each verdict before it is emitted.
  func run<E: Error>(
    _ reader: XMLRecordReader, scores: ScoringBoard?, emit: (Verdict) throws(E) -> Void
  ) throws(E) -> BatchOutcome {
    var ordinal = 0
    var outcome = BatchOutcome(file: reader.fileName)
    var seen: [String: SourceLocation] = [:]
    var rootChecked = false
    while let event = reader.next() {
      if !rootChecked, let root = reader.root {
        rootChecked = true
        if let problem = Self.checkRoot(root) {
          outcome.fatal = problem
          return outcome
        }
        // A bad attribute on the root (an `asOf` that is not a date) is an
        // input error of the file; the parcels are still evaluated.
        if case .rejected(let errors) = LandRecordsHeader.decode(root) {
          outcome.fileErrors += errors
        }
      }
      var verdict: Verdict
      switch event {
      case .record(let element):
        verdict = self.verdict(for: element, seen: &seen)
      case .failure(let diagnostic, let partial):
        outcome.fatal = diagnostic
        guard let partial, partial.name == "parcel" else { return outcome }
        verdict = evaluator.reject(
          id: partial.attribute("id"), at: partial.location,
          errors: [
            diagnostic,
            Diagnostic(
              at: partial.location,
              "parcel is incomplete: the document breaks off inside it"),
          ])
      }
      verdict.scoring = scores?.results[ordinal]
      ordinal += 1
      outcome.count(verdict)
      try emit(verdict)
    }
    if !rootChecked, outcome.fatal == nil, let root = reader.root,
      let problem = Self.checkRoot(root)
    {
      outcome.fatal = problem
    }
    return outcome
  }

  func verdict(for element: XMLElement, seen: inout [String: SourceLocation]) -> Verdict {
    guard element.name == "parcel", element.namespace == ParcelDecoder.namespace else {
      return evaluator.reject(
        id: element.attribute("id"), at: element.location,
        errors: [
          Diagnostic(
            at: element.location,
            "unexpected element <\(element.name)> in <landRecords>; expected <parcel> in namespace \(ParcelDecoder.namespace)"
          )
        ])
    }
    switch ParcelDecoder.decode(element) {
    case .rejected(let id, let location, let errors):
      if let id, seen[id] == nil { seen[id] = location }
      return evaluator.reject(id: id, at: location, errors: errors)
    case .parcel(let parcel):
      if let first = seen[parcel.id] {
        return evaluator.reject(
          id: parcel.id, at: parcel.location,
          errors: [
            Diagnostic(
              at: parcel.location,
              "duplicate parcel id \"\(parcel.id)\"; it was first used at \(first); each parcel needs a unique id"
            )
          ])
      }
      seen[parcel.id] = parcel.location
      return evaluator.evaluate(parcel)
    }
  }

  /// The document must be `<landRecords xmlns="urn:mujun:land-records:1">`.
  static func checkRoot(_ root: XMLElement) -> Diagnostic? {
    guard root.name == "landRecords", root.namespace == ParcelDecoder.namespace else {
      let found = root.namespace.map { "<\(root.name)> in namespace \($0)" } ?? "<\(root.name)>"
      return Diagnostic(
        at: root.location,
        "the document's root is \(found); expected <landRecords xmlns=\"\(ParcelDecoder.namespace)\">"
      )
    }
    return nil
  }
}
