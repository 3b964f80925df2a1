import Expressions
import Land
import Rules

extension Evaluator {
  /// The compact figures the scoring pass keeps for a parcel that decoded
  /// cleanly; nil when the rule set does not score.
  func scoringFigures(for parcel: Parcel) -> ScoringFigures? {
    guard ruleSet.parcelScoring != nil else { return nil }
    return scoringFigures(for: parcel, values: parcel.indicators(year: year), custom: nil)
  }

  /// ``scoringFigures(for:)`` from the indicators (and custom indicators,
  /// when the rule set has them) that evaluating the parcel already worked
  /// out, so the second pass computes nothing twice.
  func scoringFigures(
    for parcel: Parcel, values: IndicatorValues, custom known: [CustomIndicatorValue]?
  ) -> ScoringFigures? {
    guard let scoring = ruleSet.parcelScoring else { return nil }
    // The expression inputs, made once and only when a scheme's condition
    // or a custom item needs them.
    var madeInputs: ExpressionInputs?
    func inputs() -> ExpressionInputs {
      if let madeInputs { return madeInputs }
      let made = Self.expressionInputs(for: parcel, values: values)
      madeInputs = made
      return made
    }
    let evaluatedYear = values.evaluatedYear
    var figures = ScoringFigures(
      scheme: nil, notScored: nil, group: "",
      values: [], noData: [], exemption: nil, veto: nil, year: evaluatedYear,
      electricity: evaluatedYear.flatMap { parcel.performance(for: $0)?.electricity },
      pastRatings: Dictionary(
        parcel.ratings.map { ($0.year, $0.class) }, uniquingKeysWith: { first, _ in first }))
    guard evaluatedYear != nil else {
      figures.notScored = "the record has no performance figures to score"
      return figures
    }
    let mu = parcel.area.mu
    let scale = parcel.holder?.scale
    guard
      let index = scoring.schemes.firstIndex(where: { scheme in
        (scheme.scale == nil || scheme.scale == scale) && mu >= (scheme.minMu ?? 0)
          && (scheme.condition.map { $0.matches(inputs()) } ?? true)
      })
    else {
      let scaleText = scale.map { "holder scale \($0.rawValue)" } ?? "no holder scale"
      figures.notScored =
        "no scoring scheme of \(ruleSet.id) applies (\(scaleText), site \(NumberText.format(mu)) mu)"
      return figures
    }
    let scheme = scoring.schemes[index]
    figures.scheme = index
    var group = [scheme.id]
    for part in scoring.groupBy {
      switch part {
      case .division: group.append(String(parcel.sector.code.prefix(3)))
      case .district: group.append(parcel.district.code)
      case .industryGroup:
        group.append(scoring.industryGroup(ofSector: parcel.sector.code)?.id ?? "-")
      }
    }
    figures.group = group.joined(separator: " ")
    // Custom indicators are computed only when the scheme scores one.
    var custom: [String: CustomIndicatorValue] = [:]
    if scheme.items.contains(where: { $0.indicator == nil }) {
      var scratch = inputs()
      for value in known ?? customIndicatorValues(&scratch) where custom[value.name] == nil {
        custom[value.name] = value
      }
    }
    for item in scheme.items {
      switch item.scored {
      case .builtIn(let indicator):
        let reading = values[indicator]
        figures.values.append(reading.value)
        figures.noData.append(reading.noDataReason)
      case .custom(let name, _):
        let value = custom[name]?.value
        figures.values.append(value)
        figures.noData.append(
          value == nil ? custom[name]?.noDataReason ?? "no value for \(name)" : nil)
      }
    }
    if let evaluatedYear {
      figures.exemption = Self.exemption(of: parcel, year: evaluatedYear, rules: scoring.exemptions)
      if let veto = scoring.vetoes.first(where: { veto in
        parcel.events.contains { Self.triggers(veto, $0, year: evaluatedYear) }
      }) {
        figures.veto = (
          veto.class,
          "\(veto.reason) (\(veto.event.rawValue)"
            + (veto.severity.map { ", \($0.rawValue)" } ?? "") + " in \(evaluatedYear))"
        )
      }
    }
    return figures
  }

  /// The first exemption that takes the parcel out of classing, with its reason.
  static func exemption(of parcel: Parcel, year: Int, rules: [ScoringExemption]) -> String? {
    for rule in rules {
      switch rule.kind {
      case .sector(let prefix) where parcel.sector.code.hasPrefix(prefix):
        return "\(rule.reason) (sector \(parcel.sector.code))"
      case .creditCodes(let codes):
        if let code = parcel.holder?.creditCode, codes.contains(code) {
          return "\(rule.reason) (credit code \(code))"
        }
      case .productionYears(let under):
        let start = parcel.construction?.completed?.year ?? parcel.performance.map(\.year).min()
        if let start, year - start < under {
          return
            "\(rule.reason) (in production since \(start): \(years(year - start)) by \(year))"
        }
      case .grantedYears(let under):
        if let granted = parcel.supply?.date, year - granted.year < under {
          return
            "\(rule.reason) (land granted \(granted.year)-\(Self.twoDigits(granted.month))-\(Self.twoDigits(granted.day)), \(years(year - granted.year)) by \(year))"
        }
      default: continue
      }
    }
    return nil
  }

  /// True when the event is of the veto's kind and severity, in the year.
  static func triggers(_ veto: ScoringVeto, _ event: Event, year: Int) -> Bool {
    event.kind == veto.event && event.date.year == year
      && (veto.severity == nil || event.severity == veto.severity)
  }

  private static func years(_ count: Int) -> String {
    count == 1 ? "1 year" : "\(count) years"
  }

  private static func twoDigits(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
  }
}
