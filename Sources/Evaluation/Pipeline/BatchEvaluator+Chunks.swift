import Land
import XMLStream

extension BatchEvaluator {
  /// ``run(_:scores:emit:)`` over a file cut into chunks: two reading
  /// threads take alternate chunks (0, 2, 4, … and 1, 3, 5, …), each
  /// parsing, decoding and evaluating its chunk into a bounded queue, and
  /// this thread takes chunk after chunk from them in turn, so the verdicts
  /// come in input order, and settles duplicate ids, scores and emits as the
  /// one-thread run does.
  ///
  /// A chunk that ends in a failure, or reads to the end of the file, is
  /// the last one taken.
  func runInChunks<E: Error>(
    _ chunker: RecordChunker, scores: ScoringBoard?, emit: (Verdict) throws(E) -> Void
  ) throws(E) -> BatchOutcome {
    var outcome = BatchOutcome(file: chunker.fileName)
    let evaluator = self.evaluator
    let readers = 2
    let workers = (0..<readers).map { first in
      BackgroundProducer<BatchStep>(
        capacity: Self.queuedBatches,
        handOver: { step in
          // The end of a chunk: this thread now waits for the other's.
          if case .chunkEnd = step { true } else { false }
        },
        Self.readChunks(
          chunker, from: first, every: readers, progress: progress,
          step: { event in Self.step(for: event, evaluator: evaluator) },
          end: { last in .chunkEnd(last: last) }))
    }
    var seen = ParcelIDTable(file: chunker.fileName)
    var ordinal = 0
    var current = 0
    var rootChecked = false
    // The verdicts written, handed back to the thread that made them.
    var written = Written()
    while let step = workers[current].next() {
      if case .chunkEnd(let last) = step {
        if last { return outcome }
        written.handBack(to: workers[current])
        current = (current + 1) % readers
        continue
      }
      if !rootChecked {
        // As the one-thread run: the root's own errors once the first
        // record (or failure) has been read.
        rootChecked = true
        if case .rejected(let errors) = LandRecordsHeader.decode(chunker.root) {
          outcome.add(fileErrors: errors)
        }
      }
      var verdict: Verdict
      switch step {
      case .verdict(let prepared, let claim):
        verdict = settle(prepared, claim: claim, seen: &seen)
      case .fatal(let diagnostic, let partial):
        outcome.fatal = diagnostic
        guard let partial else { return outcome }
        verdict = partial
      case .fileErrors(let errors):
        outcome.add(fileErrors: errors)
        continue
      case .rootProblem, .chunkEnd: continue  // not made here
      }
      verdict.scoring = scores?.result(ordinal: ordinal, figures: verdict.pendingScoring)
      verdict.pendingScoring = nil
      ordinal += 1
      outcome.count(verdict)
      try emit(verdict)
      if case .fatal = step { return outcome }
      written.add(verdict, from: workers[current])
    }
    return outcome
  }

  /// One reading thread: the chunks `first`, `first + every`, … in turn,
  /// each event made a step, each chunk followed by `end(last)`.
  static func readChunks<Step>(
    _ chunker: RecordChunker, from first: Int, every: Int, progress: ReadProgress?,
    step: @escaping @Sendable (XMLEvent) -> Step, end: @escaping @Sendable (Bool) -> Step
  ) -> BackgroundProducer<Step>.Produce {
    { emit in
      var index = first
      while let chunk = chunker.chunk(index) {
        let reader = chunker.reader(for: chunk)
        var failed = false
        while let event = reader.next() {
          progress?.advance(to: chunk.offset + reader.bytesRead)
          guard emit(step(event)) else { return }
          if case .failure = event {
            failed = true
            break
          }
        }
        let last = failed || reader.readsToEndOfFile
        guard emit(end(last)), !last else { return }
        index += every
      }
    }
  }
}

extension BatchEvaluator {
  /// Batches of verdicts (128 each) a reading thread may have waiting.
  /// Measured (release, 200k parcels, two alternating pairs of runs under
  /// load): 4 in place of `BackgroundProducer`'s 8 took peak RSS from
  /// 48.7–50.3 MB to 43.2–43.5 MB, at the same CPU time (18.7–21.8 s
  /// user against 20.2–21.1 s).
  static let queuedBatches = 4
}

/// Verdicts the writing thread has written, handed back in batches to the
/// reading thread that made them, to be freed there
/// (``BackgroundProducer/recycle(_:)``).
struct Written {
  private var verdicts: [BatchStep] = []

  mutating func add(_ verdict: consuming Verdict, from producer: BackgroundProducer<BatchStep>) {
    if verdicts.isEmpty { verdicts.reserveCapacity(128) }
    verdicts.append(.verdict(verdict, claim: nil))
    if verdicts.count >= 128 { handBack(to: producer) }
  }

  mutating func handBack(to producer: BackgroundProducer<BatchStep>) {
    guard !verdicts.isEmpty else { return }
    producer.recycle(verdicts)
    verdicts = []
  }
}
