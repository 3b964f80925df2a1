import Land
import Rules
public import XMLStream

extension BatchEvaluator {
  /// Evaluates every record, scoring them when the rule set has a
  /// `<scoring>` section, in two passes over the file: the first reads
  /// `reader` and keeps a few figures per parcel (``ScoringFigures``), from
  /// which group benchmarks, ranks and classes are worked out; the second
  /// reads the file again from `reopen` and emits each verdict, in input
  /// order, with its ``ScoringResult``. Whole records are never held.
  /// Without a scoring section it is one pass over `reader`, as
  /// ``run(_:emit:)``. When the file cannot be opened again, the outcome's
  /// `fatal` says why and nothing is emitted.
  public func run<E: Error>(
    _ reader: XMLRecordReader, reopen: () -> Result<XMLRecordReader, Diagnostic>,
    emit: (Verdict) throws(E) -> Void
  ) throws(E) -> BatchOutcome {
    try run(reader, reopen: reopen, rendering: nil) { (verdict, _) throws(E) in try emit(verdict) }
  }

  /// Like ``run(_:reopen:emit:)``; in a run without scoring, each
  /// verdict's bytes are made by `rendering` on the thread that made the
  /// verdict (``VerdictRendering``) and come to `emit` with it. A verdict
  /// that comes without them (a scored one, a duplicate id's rejection, a
  /// record the document broke off in) is for `emit` to render.
  public func run<E: Error>(
    _ reader: XMLRecordReader, reopen: () -> Result<XMLRecordReader, Diagnostic>,
    rendering: VerdictRendering?, emit: (Verdict, RenderedLines?) throws(E) -> Void
  ) throws(E) -> BatchOutcome {
    guard let scoring = evaluator.ruleSet.parcelScoring else {
      return try run(reader, scores: nil, rendering: rendering, emit: emit)
    }
    let board = ScoringBoard(scoring: scoring, population: collectFigures(reader))
    switch reopen() {
    case .success(let second):
      return try run(second, scores: board, rendering: nil, emit: emit)
    case .failure(let diagnostic):
      var outcome = BatchOutcome(file: reader.fileName)
      outcome.fatal = diagnostic
      return outcome
    }
  }

  /// The first pass: the compact figures of every parcel that will get a
  /// verdict that is not rejected, by the position of its verdict. In
  /// chunks on two threads when the file can be cut (as
  /// ``run(_:scores:emit:)``).
  func collectFigures(_ reader: XMLRecordReader) -> ScoringPopulation {
    reader.recordName = ParcelDecoder.recordName
    if chunkSize > 0, let chunker = reader.chunker(chunkSize: chunkSize),
      Self.checkRoot(chunker.root) == nil
    {
      return collectFiguresInChunks(chunker)
    }
    return collectFiguresSequentially(reader)
  }

  /// ``collectFigures(_:)`` on one thread.
  func collectFiguresSequentially(_ reader: XMLRecordReader) -> ScoringPopulation {
    var population = ScoringPopulation()
    guard let scoring = evaluator.ruleSet.parcelScoring else { return population }
    while let event = reader.next() {
      let element: XMLRecord
      switch event {
      case .record(let record): element = record
      case .broken(let diagnostic, let partial, let resumedAt):
        // As the verdict pass: a broken parcel is a rejected verdict.
        let broken = BrokenRecord(diagnostic, partial: partial, resumedAt: resumedAt)
        if broken.parcel != nil { population.reserve(broken.id) }
        continue
      case .failure: return population
      }
      guard element.isElement("parcel", in: ParcelDecoder.namespace) else {
        population.skip()
        continue
      }
      switch ParcelDecoder.decode(element) {
      case .rejected(let id, _, _): population.reserve(id)
      case .parcel(let parcel):
        population.add(
          id: parcel.id, figures: evaluator.scoringFigures(for: parcel),
          scoring: scoring)
      }
    }
    return population
  }
}
