import Land
import XMLStream

/// What a reading thread of the first (scoring) pass makes of one event.
enum FigureStep: Sendable {
  /// A child of the root that is not a parcel: a verdict, no figures.
  case other
  /// A parcel record that was rejected: it reserves its id.
  case rejected(id: String?)
  /// A parcel, with its figures (their ordinal is set in input order).
  case parcel(id: String, figures: ScoringFigures?)
  /// The document broke off: the pass ends.
  case stop
  case chunkEnd(last: Bool)
}

extension BatchEvaluator {
  /// ``collectFiguresSequentially(_:)`` over a file cut into chunks: two
  /// threads decode alternate chunks and work out each parcel's figures;
  /// this one takes them in input order, keeps the first user of each id
  /// and numbers the verdicts, as the one-thread pass does.
  func collectFiguresInChunks(_ chunker: RecordChunker) -> [ScoringFigures] {
    let evaluator = self.evaluator
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
    var collected: [ScoringFigures] = []
    // Only whether an id was seen matters here, not where: every claim
    // gives the same made-up location.
    var seen = ParcelIDTable(file: chunker.fileName)
    let nowhere = SourceLocation(file: chunker.fileName, line: 0, column: 0)
    var ordinal = 0
    var current = 0
    while let step = workers[current].next() {
      switch step {
      case .chunkEnd(let last):
        if last { return collected }
        current = (current + 1) % readers
        continue
      case .stop: return collected
      case .other: break
      case .rejected(let id):
        if let id { _ = seen.claim(id, at: nowhere) }
      case .parcel(let id, let parcelFigures):
        if seen.claim(id, at: nowhere) == nil, var parcelFigures {
          parcelFigures.ordinal = ordinal
          collected.append(parcelFigures)
        }
      }
      ordinal += 1
    }
    return collected
  }

  static func figureStep(for event: XMLEvent, evaluator: Evaluator) -> FigureStep {
    guard case .record(let element) = event else { return .stop }
    guard element.name == "parcel", element.namespace == ParcelDecoder.namespace else {
      return .other
    }
    switch ParcelDecoder.decode(element) {
    case .rejected(let id, _, _): return .rejected(id: id)
    case .parcel(let parcel):
      return .parcel(id: parcel.id, figures: evaluator.scoringFigures(for: parcel, ordinal: 0))
    }
  }
}
