import Land
import Rules
import XMLStream

extension BatchEvaluator {
  /// ``run(_:scores:rendering:emit:)`` over a file cut into chunks: two
  /// reading threads each take the next chunk no thread has taken
  /// (``ChunkReaders``), parsing, decoding, evaluating (and rendering) it
  /// into a bounded queue, and this thread takes the chunks' verdicts in
  /// chunk order, so in input order, and settles duplicate ids, scores and
  /// emits as the one-thread run does.
  ///
  /// A chunk that ends in a failure, or reads to the end of the file, is
  /// the last one taken.
  func runInChunks<E: Error>(
    _ chunker: RecordChunker, scores: ScoringBoard?, rendering: VerdictRendering?,
    emit: (Verdict, RenderedLines?) throws(E) -> Void
  ) throws(E) -> BatchOutcome {
    var outcome = BatchOutcome(file: chunker.fileName)
    let evaluator = self.evaluator
    let progress = self.progress
    let readers = ChunkReaders<BatchStep>(
      readers: 2, window: Self.chunkWindow, slotBatches: Self.queuedBatches
    ) {
      var held = rendering.map(HeldVerdicts.init)
      // An evaluator, and a copy of the rule set, of this thread's own: its
      // rows' texts and citations, which every finding counts a reference
      // to, and the look-up tables, which every parcel does, are then this
      // thread's memory alone, not moved between the cores at each count.
      // (Measured, release, 200k parcels, rounds alternating: faster in 9
      // of 12, median ratio 0.95; BENCHMARKS.md, session 8.)
      let evaluator = evaluator.copyForOneThread()
      return { index, emit in
        Self.read(chunk: index, of: chunker, progress: progress) { event in
          let step = Self.step(for: event, evaluator: evaluator)
          return held?.pass(step, to: emit) ?? emit(step)
        } end: { last in
          let step = BatchStep.chunkEnd(last: last)
          return held?.pass(step, to: emit) ?? emit(step)
        }
      }
    }
    var seen = ParcelIDTable(file: chunker.fileName)
    var scoring = ScoreAttachment(scores, ruleSet: evaluator.ruleSet)
    var rootChecked = false
    // The verdicts written, handed back to the thread that made them.
    var written = Written()
    var lines = LineCursor()
    while let step = readers.next() {
      if case .chunkEnd(let last) = step {
        if last { return outcome }
        written.handBack(to: readers)
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
      var rendered: RenderedLines? = nil
      switch step {
      case .lines(let block):
        lines.start(block)
        continue
      case .verdict(let prepared, let claim):
        (verdict, rendered) = settled(prepared, claim: claim, lines: &lines, seen: &seen)
      case .fatal(let diagnostic, let partial):
        outcome.fatal = diagnostic
        guard let partial else { return outcome }
        verdict = partial
      case .fileErrors(let errors):
        outcome.add(fileErrors: errors)
        continue
      case .rootProblem, .chunkEnd: continue  // not made here
      }
      scoring.attach(to: &verdict)
      outcome.count(verdict)
      try emit(verdict, rendered)
      if case .fatal = step { return outcome }
      written.add(.verdict(verdict, claim: nil), from: readers)
      lines.takeFinished()?.recycle()
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
      while true {
        var open = true
        let last = read(chunk: index, of: chunker, progress: progress) { event in
          open = emit(step(event))
          return open
        } end: { last in
          open = emit(end(last))
          return open
        }
        guard open, !last else { return }
        index += every
      }
    }
  }

  /// Reads chunk `index`: `take` is called with each event (false: stop),
  /// then `end` with whether it is the last chunk (it ends in a failure, or
  /// reads to the end of the file). True when it is the last, or when there
  /// is no such chunk.
  static func read(
    chunk index: Int, of chunker: RecordChunker, progress: ReadProgress?,
    _ take: (XMLEvent) -> Bool, end: (Bool) -> Bool
  ) -> Bool {
    guard let chunk = chunker.chunk(index) else { return true }
    let reader = chunker.reader(for: chunk)
    var failed = false
    while let event = reader.next() {
      progress?.advance(to: chunk.offset + reader.bytesRead)
      guard take(event) else { return true }
      if case .failure = event {
        failed = true
        break
      }
    }
    let last = failed || reader.readsToEndOfFile
    _ = end(last)
    return last
  }
}

extension BatchEvaluator {
  /// Batches of verdicts (128 each) a reading thread may have waiting for
  /// a chunk the writing thread has not reached: a whole chunk of 256 kB
  /// (about 135 of `mujun sample`'s records, 1.9 kB each).
  static let queuedBatches = 2

  /// Chunks the reading threads may be ahead of the writing one
  /// (``ChunkReaders``): about 1 MB of input. Measured (release, 200k
  /// parcels, three rounds alternating, output in memory, 2026-12-06): 1 MB
  /// chunks with 3 ahead and 4 batches, 256 kB with 4 and 2, 128 kB with 6
  /// or 12 and 1 all kept 96–97% of the two cores busy (the two alternate
  /// reading threads of before: 90%), in 2.5–3.2 s against 2.8–3.0 s;
  /// peak RSS 51–53, 41–42, 37–40 MB against 47–48 MB.
  static let chunkWindow = 4
}

/// The verdicts the writing thread has written, handed back in batches to
/// the reading thread that made them, to be freed there
/// (``BackgroundProducer/recycle(_:)``). (Blocks of lines go back to their
/// thread's ``LineBufferPool``.)
struct Written {
  private var steps: [BatchStep] = []

  mutating func add(_ step: consuming BatchStep, from producer: some StepRecycling) {
    if steps.isEmpty { steps.reserveCapacity(128) }
    steps.append(step)
    if steps.count >= 128 { handBack(to: producer) }
  }

  mutating func handBack(to producer: some StepRecycling) {
    guard !steps.isEmpty else { return }
    producer.recycle(steps)
    steps = []
  }
}

/// What takes steps back to the thread that made them.
protocol StepRecycling {
  func recycle(_ elements: [BatchStep])
}

extension BackgroundProducer: StepRecycling where Element == BatchStep {}
extension ChunkReaders: StepRecycling where Element == BatchStep {}

/// Where the writing thread is in the last block of lines it took: the
/// verdict steps after a `.lines` step are its verdicts, in order.
struct LineCursor {
  private var block: RenderedBlock?
  private var index = 0

  mutating func start(_ block: RenderedBlock) {
    self.block = block
    index = 0
  }

  /// The next verdict's lines; nil when the block has none left (the
  /// verdict was not rendered on its reading thread).
  mutating func next() -> RenderedLines? {
    guard let block, index < block.count else { return nil }
    index += 1
    return RenderedLines(block: block, index: index - 1)
  }

  /// The block, once its last verdict has been taken, for its memory to be
  /// given back to its reading thread (``RenderedBlock/recycle()``).
  mutating func takeFinished() -> RenderedBlock? {
    guard let finished = block, index == finished.count else { return nil }
    block = nil
    return finished
  }
}
