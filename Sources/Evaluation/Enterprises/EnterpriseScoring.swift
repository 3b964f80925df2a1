public import Enterprises
import Expressions
public import Land
import Rules
import XMLStream

/// The per-mu evaluation of a run's enterprises (亩均论英雄) under a rule
/// set whose `<scoring unit="enterprise">` says how (`domain.md`,
/// "Enterprise evaluation: what counties actually compute"): each firm's
/// track and scheme, item scores against its group's benchmarks, the
/// rule set's adjustments, its rank and class within its group, and the
/// surcharge its class costs. Groups, ranks, ties and rank shares are
/// those of parcels (``ScoringBoard``), with firms in place of parcels.
public struct EnterpriseScoring: Sendable {
  /// The board (numbers only), and what is needed to work a firm's figures
  /// out again: a firm's result, with its items and their words, is made
  /// when asked for (``result(at:of:)``), as the parcels' second pass
  /// does, so a county's results and figures are never all held at once.
  private let board: ScoringBoard?
  private let evaluator: Evaluator
  private let scales: [String: HolderScale]
  private let pastClasses: [String: [Int: RatingClass]]
  /// Each firm's track: the scheme that scored it, else `tenant`, `small`
  /// or `unscored`.
  public let tracks: [String]
  /// Why a firm is not scored, or other remarks, per enterprise.
  public let notes: [[String]]
  /// Each group's benchmark of each ratio item, for the history and the
  /// reports.
  public let benchmarks: [GroupBenchmark]

  /// `previous`: last year's group benchmarks (``GroupBenchmark/key``)
  /// for items with `benchmarkYear="previous"`; `pastClasses`: classes of
  /// earlier years by credit code (the history's, over the records').
  public init(
    _ enterprises: [Enterprise], evaluator: Evaluator, previous: [String: Double] = [:],
    pastClasses: [String: [Int: RatingClass]] = [:]
  ) {
    self.evaluator = evaluator
    self.pastClasses = pastClasses
    guard let scoring = evaluator.ruleSet.scoring, scoring.unit == .enterprise else {
      board = nil
      scales = [:]
      tracks = enterprises.map(\.track.rawValue)
      notes = enterprises.map { _ in [] }
      benchmarks = []
      return
    }
    var scales: [String: HolderScale] = [:]
    for enterprise in enterprises { scales[enterprise.code] = enterprise.scale }
    self.scales = scales
    var population = ScoringPopulation()
    var tracks: [String] = []
    var notes: [[String]] = []
    for enterprise in enterprises {
      let (figures, track, note) = Self.figures(
        for: enterprise, scoring: scoring, evaluator: evaluator, scales: scales,
        past: Self.past(enterprise, pastClasses))
      population.add(id: enterprise.code, figures: figures, scoring: scoring)
      tracks.append(track)
      notes.append(note.map { [$0] } ?? [])
    }
    let board = ScoringBoard(scoring: scoring, population: population, previous: previous)
    self.board = board
    self.tracks = tracks
    self.notes = notes
    benchmarks = board.groupBenchmarks(previous: previous)
  }

  /// The result of `enterprise`, at `index` in the order given; nil for a
  /// firm the section does not score (``tracks`` and ``notes`` say why).
  /// Its figures are worked out again, as they were for the board.
  public func result(at index: Int, of enterprise: Enterprise) -> ScoringResult? {
    guard let board else { return nil }
    let (figures, _, _) = Self.figures(
      for: enterprise, scoring: board.scoring, evaluator: evaluator, scales: scales,
      past: Self.past(enterprise, pastClasses))
    guard let figures, figures.scheme != nil else { return nil }
    return board.result(ordinal: index, figures: figures)
  }

  /// A firm's classes of earlier years: its parcels' records', the
  /// history's over them.
  static func past(_ enterprise: Enterprise, _ history: [String: [Int: RatingClass]])
    -> [Int: RatingClass]
  {
    var past = enterprise.pastRatings
    for (year, rating) in history[enterprise.code] ?? [:] { past[year] = rating }
    return past
  }

  /// The figures the board scores a firm on, its track, and why it is not
  /// scored when it is not.
  static func figures(
    for enterprise: Enterprise, scoring: Scoring, evaluator: Evaluator,
    scales: [String: HolderScale], past: [Int: RatingClass]
  ) -> (ScoringFigures?, String, String?) {
    let year = enterprise.year
    guard !enterprise.land.isEmpty else {
      return (nil, EnterpriseTrack.unscored.rawValue, "no land in the records")
    }
    let holds = enterprise.heldParcels > 0
    let inputs = EnterpriseInputs.all(enterprise, scales: scales)
    guard
      let index = scoring.schemes.firstIndex(where: { scheme in
        (scheme.scale == nil || scheme.scale == enterprise.scale)
          && enterprise.areaMu >= (scheme.minMu ?? 0)
          && scheme.maxMu.map { enterprise.areaMu < $0 } ?? true
          && (holds || scheme.takesTenants)
          && (scheme.condition.map { $0.matches(inputs) } ?? true)
      })
    else {
      return (
        nil, track(unscored: enterprise, holds: holds, scoring: scoring),
        notScored(enterprise, holds: holds, scoring: scoring)
      )
    }
    let scheme = scoring.schemes[index]
    var figures = ScoringFigures(
      scheme: index, notScored: nil, group: "", values: [], noData: [], exemption: nil,
      veto: nil, year: year, electricity: enterprise.figures[.electricity]?.value,
      pastRatings: past)
    let industryGroup = enterprise.sector.flatMap { scoring.industryGroup(ofSector: $0)?.id }
    figures.industryGroup = industryGroup
    var group = [scheme.id]
    for part in scoring.groupBy {
      switch part {
      case .division: group.append(String((enterprise.sector ?? "-").prefix(3)))
      case .district: group.append(enterprise.district ?? "-")
      case .industryGroup: group.append(industryGroup ?? "-")
      }
    }
    figures.group = group.joined(separator: " ")
    var custom: [String: CustomIndicatorValue] = [:]
    if scheme.items.contains(where: { $0.indicator == nil }) {
      var base = EnterpriseInputs.base(enterprise)
      for value in evaluator.customIndicatorValues(&base) where custom[value.name] == nil {
        custom[value.name] = value
      }
    }
    let performance = enterprise.performance
    let wantsComponents = scheme.items.contains { $0.benchmark == .cohortTotal }
    for item in scheme.items {
      switch item.scored {
      case .builtIn(let indicator):
        let reading = enterprise.reading(of: indicator)
        figures.values.append(reading.value)
        figures.noData.append(reading.noDataReason)
        if wantsComponents {
          figures.components.append(
            reading.value == nil
              ? nil : performance.components(of: indicator, mu: enterprise.areaMu))
        }
      case .custom(let name, _):
        let value = custom[name]?.value
        figures.values.append(value)
        figures.noData.append(
          value == nil ? custom[name]?.noDataReason ?? "no value for \(name)" : nil)
        if wantsComponents { figures.components.append(nil) }
      }
    }
    figures.exemption = exemption(of: enterprise, rules: scoring.exemptions)
    if let veto = scoring.vetoes.first(where: { veto in
      enterprise.events.contains { Evaluator.triggers(veto, $0, year: year) }
    }) {
      figures.veto = (
        veto.class,
        "\(veto.reason) (\(veto.event.rawValue)"
          + (veto.severity.map { ", \($0.rawValue)" } ?? "") + " in \(year))"
      )
    }
    for adjustment in scoring.adjustments where adjustment.condition?.matches(inputs) ?? true {
      guard let points = adjustment.points.evaluate(inputs).number, points != 0 else { continue }
      figures.adjustments.append(
        ScoredAdjustment(
          points: points, reason: adjustment.reason,
          rule: "\(adjustment.location.file):\(adjustment.location.line)"))
    }
    return (figures, scheme.id, nil)
  }

  /// The list a firm no scheme takes is published in: tenants apart, small
  /// firms (below size, under the floor of a below-size scheme) apart,
  /// else unscored.
  static func track(unscored enterprise: Enterprise, holds: Bool, scoring: Scoring) -> String {
    if !holds { return EnterpriseTrack.tenant.rawValue }
    if enterprise.scale == .below,
      scoring.schemes.contains(where: {
        $0.scale == .below && ($0.minMu ?? 0) > enterprise.areaMu
      })
    {
      return EnterpriseTrack.small.rawValue
    }
    return EnterpriseTrack.unscored.rawValue
  }

  static func notScored(_ enterprise: Enterprise, holds: Bool, scoring: Scoring) -> String {
    if !holds { return "holds no land, only rents: listed apart, not ranked" }
    let scale = enterprise.scale.map { "scale \($0.rawValue)" } ?? "scale unknown"
    return
      "no scheme applies (\(scale), \(NumberText.format(enterprise.areaMu)) mu)"
  }

  /// The first exemption that takes the firm out of classing, with its
  /// reason. Production starts at the earliest completion of the parcels it
  /// holds, never guessed from its figures' years (records.md 1.1).
  static func exemption(of enterprise: Enterprise, rules: [ScoringExemption]) -> String? {
    let year = enterprise.year
    for rule in rules {
      switch rule.kind {
      case .sector(let prefix):
        if let sector = enterprise.sector, sector.hasPrefix(prefix) {
          return "\(rule.reason) (sector \(sector))"
        }
      case .productionYears(let under):
        if let start = enterprise.completed?.year, year - start < under {
          return "\(rule.reason) (in production since \(start): \(year - start) years by \(year))"
        }
      case .grantedYears(let under):
        if let granted = enterprise.granted, year - granted.year < under {
          return "\(rule.reason) (land granted \(granted), \(year - granted.year) years by \(year))"
        }
      case .creditCodes(let codes):
        if codes.contains(enterprise.code) {
          return "\(rule.reason) (credit code \(enterprise.code))"
        }
      }
    }
    return nil
  }
}
