import Land
import Rules
import XMLStream

/// What a reading thread of the first (scoring) pass makes of one event.
enum FigureStep: Sendable {
  /// A child of the root that is not a parcel: a verdict, no figures.
  case other
  /// A parcel record that was rejected: it reserves its id.
  case rejected(id: String?)
  /// A parcel, with its figures (their ordinal is set in input order).
  case parcel(id: String, figures: ScoringFigures?)
  /// No verdict (bytes skipped after a broken record, no parcel open).
  case none
  /// The document broke off: the pass ends.
  case stop
  case chunkEnd(last: Bool)
}

extension BatchEvaluator {
  /// ``collectFiguresSequentially(_:)`` over a file cut into chunks: two
  /// threads decode alternate chunks and work out each parcel's figures;
  /// this one takes them in input order, keeps the first user of each id
  /// and numbers the verdicts, as the one-thread pass does.
  func collectFiguresInChunks(_ chunker: RecordChunker) -> ScoringPopulation {
    var population = ScoringPopulation()
    let evaluator = self.evaluator
    guard let scoring = evaluator.ruleSet.parcelScoring else { return population }
    let readers = 2
    let workers = (0..<readers).map { first in
      BackgroundProducer<FigureStep>(
        handOver: { step in
          if case .chunkEnd = step { true } else { false }
        },
        Self.readChunks(
          chunker, from: first, every: readers, progress: nil,
          step: { event in Self.figureStep(for: event, evaluator: evaluator) },
          end: { last in .chunkEnd(last: last) }))
    }
    var current = 0
    while let step = workers[current].next() {
      switch step {
      case .chunkEnd(let last):
        if last { return population }
        current = (current + 1) % readers
      case .stop: return population
      case .none: continue
      case .other: population.skip()
      case .rejected(let id): population.reserve(id)
      case .parcel(let id, let figures): population.add(id: id, figures: figures, scoring: scoring)
      }
    }
    return population
  }

  static func figureStep(for event: XMLEvent, evaluator: Evaluator) -> FigureStep {
    let element: XMLRecord
    switch event {
    case .record(let record): element = record
    case .broken(let diagnostic, let partial, let resumedAt):
      let broken = BrokenRecord(diagnostic, partial: partial, resumedAt: resumedAt)
      return broken.parcel == nil ? .none : .rejected(id: broken.id)
    case .failure: return .stop
    }
    guard element.isElement("parcel", in: ParcelDecoder.namespace) else {
      return .other
    }
    switch ParcelDecoder.decode(element) {
    case .rejected(let id, _, _): return .rejected(id: id)
    case .parcel(let parcel):
      return .parcel(id: parcel.id, figures: evaluator.scoringFigures(for: parcel))
    }
  }
}
