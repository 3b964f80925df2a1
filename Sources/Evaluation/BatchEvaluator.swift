import Land
public import XMLStream

/// Runs a whole file of land records through an evaluator: decodes each
/// record as it streams past, evaluates it and hands its verdict on, in
/// input order. Every parcel of the input gets exactly one verdict; a bad
/// record gets a rejected one and the batch goes on.
public struct BatchEvaluator: Sendable {
  public let evaluator: Evaluator
  /// The least size of a chunk when a file is read in chunks; 0 reads it
  /// on one thread.
  public var chunkSize = defaultChunkSize
  /// 256 kB: about 135 of `mujun sample`'s records (1.9 kB each), small
  /// enough that the chunks being read and their verdicts waiting stay a
  /// few MB (``chunkWindow``), big enough that a chunk's parser set-up (the
  /// prologue, a fresh name dictionary) is lost in the noise. (Measured,
  /// release, 200k parcels, 2026-12-06: 128 kB, 256 kB and 1 MB chunks took
  /// the same time within the noise; the smaller, the less memory.)
  public static let defaultChunkSize = 1 << 18
  /// Counts the bytes of the file read so far, for a progress display.
  public var progress: ReadProgress?

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
    try run(reader, scores: nil, rendering: nil) { (verdict, _) throws(E) in try emit(verdict) }
  }

  /// Like ``run(_:emit:)``, attaching `scores[ordinal]` (the position of
  /// the verdict in the run) to each verdict before it is emitted. Without
  /// scores, each verdict's bytes are made by `rendering` (when given) on
  /// the thread that made it, and come to `emit` with it.
  ///
  /// Two cores: a second thread reads, decodes and evaluates the records
  /// (``BackgroundProducer``, a bounded queue, input order kept) while this
  /// one settles duplicate ids, attaches scores and emits. `reader` is
  /// handed over to that thread and must not be used by the caller again
  /// (but for its ``XMLRecordReader/root``).
  ///
  /// When the file can be cut at record boundaries (``RecordChunker``; its
  /// root is `<landRecords>`), two threads read alternate chunks instead
  /// (``runInChunks(_:scores:rendering:emit:)``): the verdicts are the
  /// same, in the same order.
  func run<E: Error>(
    _ reader: XMLRecordReader, scores: ScoringBoard?, rendering: VerdictRendering?,
    emit: (Verdict, RenderedLines?) throws(E) -> Void
  ) throws(E) -> BatchOutcome {
    // A score is attached on this thread, so the bytes are made here too.
    let rendering = scores == nil ? rendering : nil
    reader.recordName = ParcelDecoder.recordName
    if chunkSize > 0, let chunker = reader.chunker(chunkSize: chunkSize),
      Self.checkRoot(chunker.root) == nil
    {
      return try runInChunks(chunker, scores: scores, rendering: rendering, emit: emit)
    }
    return try runSequentially(reader, scores: scores, rendering: rendering, emit: emit)
  }

  /// ``run(_:scores:rendering:emit:)`` with one reading thread.
  func runSequentially<E: Error>(
    _ reader: XMLRecordReader, scores: ScoringBoard?, rendering: VerdictRendering?,
    emit: (Verdict, RenderedLines?) throws(E) -> Void
  ) throws(E) -> BatchOutcome {
    var outcome = BatchOutcome(file: reader.fileName)
    let steps = BackgroundProducer<BatchStep>(
      Self.rendering(produce(from: Handoff(reader)), with: rendering))
    var seen = ParcelIDTable(file: reader.fileName)
    var scoring = ScoreAttachment(scores, ruleSet: evaluator.ruleSet)
    var written = Written()
    var lines = LineCursor()
    while let step = steps.next() {
      var verdict: Verdict
      var rendered: RenderedLines? = nil
      switch step {
      case .rootProblem(let problem):
        outcome.fatal = problem
        return outcome
      case .fileErrors(let errors):
        outcome.add(fileErrors: errors)
        continue
      case .lines(let block):
        lines.start(block)
        continue
      case .verdict(let prepared, let claim):
        (verdict, rendered) = settled(prepared, claim: claim, lines: &lines, seen: &seen)
      case .fatal(let diagnostic, let partial):
        outcome.fatal = diagnostic
        guard let partial else { return outcome }
        verdict = partial
      case .chunkEnd: continue
      }
      scoring.attach(to: &verdict)
      outcome.count(verdict)
      try emit(verdict, rendered)
      written.add(.verdict(verdict, claim: nil), from: steps)
      lines.takeFinished()?.recycle()
    }
    return outcome
  }

  /// The producer's side: read, check the root, decode and evaluate.
  private func produce(from handoff: Handoff<XMLRecordReader>)
    -> BackgroundProducer<BatchStep>
    .Produce
  {
    let evaluator = self.evaluator
    let progress = self.progress
    return { emit in
      guard let reader = handoff.take() else { return }
      var rootChecked = false
      while let event = reader.next() {
        if !rootChecked, let root = reader.root {
          rootChecked = true
          if let problem = Self.checkRoot(root) {
            _ = emit(.rootProblem(problem))
            return
          }
          // A bad attribute on the root (an `asOf` that is not a date) is
          // an input error of the file; the parcels are still evaluated.
          if case .rejected(let errors) = LandRecordsHeader.decode(root) {
            guard emit(.fileErrors(errors)) else { return }
          }
        }
        progress?.advance(to: reader.bytesRead)
        guard emit(Self.step(for: event, evaluator: evaluator)) else { return }
        if case .failure = event { return }
      }
      if !rootChecked, let root = reader.root, let problem = Self.checkRoot(root) {
        _ = emit(.rootProblem(problem))
      }
    }
  }

  /// What the reading side makes of one event.
  static func step(for event: XMLEvent, evaluator: Evaluator) -> BatchStep {
    switch event {
    case .record(let element):
      let (verdict, claim) = prepare(element, evaluator: evaluator)
      return .verdict(verdict, claim: claim)
    case .broken(let diagnostic, let partial, let resumedAt):
      // Reading went on after it: the parcel it broke off in is rejected
      // (and reserves its id, as any rejected record), or, with no parcel
      // open, the file has an error.
      let broken = BrokenRecord(diagnostic, partial: partial, resumedAt: resumedAt)
      guard let parcel = broken.parcel else { return .fileErrors(broken.diagnostics) }
      let claim = broken.id.map { IDClaim(id: $0, location: parcel.location, decoded: false) }
      return .verdict(
        evaluator.reject(
          id: broken.id, at: parcel.location, errors: broken.diagnostics,
          codes: evaluator.enterprises.map {
            ParcelDecoder.creditCodes(in: parcel, year: $0.year)
          } ?? []),
        claim: claim)
    case .failure(let diagnostic, let partial):
      let cut = partial.flatMap { partial -> Verdict? in
        guard partial.name == "parcel" else { return nil }
        return evaluator.reject(
          id: partial.attribute("id"), at: partial.location,
          errors: [
            diagnostic,
            Diagnostic(
              at: partial.location, "parcel is incomplete: the document breaks off inside it"),
          ])
      }
      return .fatal(diagnostic, partial: cut)
    }
  }

  /// One record's verdict before duplicate ids are settled, and the id it
  /// claims.
  static func prepare(_ element: XMLRecord, evaluator: Evaluator) -> (Verdict, IDClaim?) {
    guard element.isElement("parcel", in: ParcelDecoder.namespace) else {
      let verdict = evaluator.reject(
        id: element.attribute("id"), at: element.location,
        errors: [
          Diagnostic(
            at: element.location,
            "unexpected element <\(element.name)> in <landRecords>; expected <parcel> in namespace \(ParcelDecoder.namespace)"
          )
        ])
      return (verdict, nil)
    }
    switch ParcelDecoder.decode(element) {
    case .rejected(let id, let location, let errors):
      let claim = id.map { IDClaim(id: $0, location: location, decoded: false) }
      let codes =
        evaluator.enterprises.map {
          ParcelDecoder.creditCodes(in: element.element, year: $0.year)
        } ?? []
      return (evaluator.reject(id: id, at: location, errors: errors, codes: codes), claim)
    case .parcel(let parcel):
      let claim = IDClaim(id: parcel.id, location: parcel.location, decoded: true)
      return (evaluator.evaluate(parcel), claim)
    }
  }

  /// The verdict in the light of the ids seen before it: a parcel whose id
  /// an earlier record used is rejected; the first user of an id keeps it.
  func settle(_ verdict: Verdict, claim: IDClaim?, seen: inout ParcelIDTable) -> Verdict {
    settled(claim, seen: &seen, land: verdict.land) ?? verdict
  }

  /// A verdict step on the writing thread: the verdict as settled, with
  /// the lines its reading thread made for it; without lines when it was
  /// replaced (they were made for the verdict it replaces).
  func settled(
    _ prepared: Verdict, claim: IDClaim?, lines: inout LineCursor, seen: inout ParcelIDTable
  ) -> (Verdict, RenderedLines?) {
    let rendered = lines.next()
    if let replaced = settled(claim, seen: &seen, land: prepared.land) { return (replaced, nil) }
    return (prepared, rendered)
  }

  /// The rejection that takes the place of a verdict claiming `claim`, when
  /// an earlier record used its id; nil when the verdict stands. The firms
  /// of the verdict's `land` lose it.
  func settled(_ claim: IDClaim?, seen: inout ParcelIDTable, land: ParcelLand?) -> Verdict? {
    guard let claim, let first = seen.claim(claim.id, at: claim.location), claim.decoded else {
      return nil
    }
    return evaluator.reject(
      id: claim.id, at: claim.location,
      errors: [
        Diagnostic(
          at: claim.location,
          "duplicate parcel id \"\(claim.id)\"; it was first used at \(first); each parcel needs a unique id"
        )
      ], codes: land?.creditCodes ?? [])
  }

  /// One record through both steps, on this thread (tests, one-offs).
  func verdict(for element: XMLElement, seen: inout ParcelIDTable) -> Verdict {
    let (verdict, claim) = Self.prepare(XMLRecord(element), evaluator: evaluator)
    return settle(verdict, claim: claim, seen: &seen)
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
