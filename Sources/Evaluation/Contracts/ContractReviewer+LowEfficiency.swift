import Land
import Rules

/// Low-efficiency land (低效用地), after the one city's criteria quoted in
/// `domain.md`, "Flexible terms, splitting, low-efficiency land". A safety
/// or environment failure is read from the record's events: a `major`
/// `safety-incident` or `environmental-violation` dated in the 365 days up
/// to the as-of date. Banned or obsolete industries are not flagged: no
/// catalogue of them is at hand.
extension ContractReviewer {
  func lowEfficiency(
    _ parcel: Parcel, values: IndicatorValues, shift: DueShift,
    bounds: IndicatorBounds
  ) -> [LowEfficiencyFlag] {
    var flags: [LowEfficiencyFlag] = []
    let completed = happened(parcel.construction?.completed)
    if completed == nil, let agreed = parcel.contract?.completion?.due {
      let due = agreed.adding(days: shift.days) ?? agreed
      let twoYears = Self.anniversary(of: due, years: 2)
      if asOf > twoYears {
        flags.append(
          LowEfficiencyFlag(
            criterion: .overdueCompletion,
            reason:
              "not completed as of \(asOf), more than two years after the completion due date \(due)"
          ))
      }
    }
    if let completed, asOf >= Self.anniversary(of: completed, years: 2) {
      let checkedYear = values.evaluatedYear
      let commitments = parcel.contract?.commitments ?? []
      if let agreed = Self.minimum(of: .investmentIntensity, in: commitments),
        let value = values[.investmentIntensity].value, value < 0.5 * agreed
      {
        flags.append(
          LowEfficiencyFlag(
            criterion: .lowInvestment,
            reason:
              "completed \(completed); investment intensity \(NumberText.format(value)) 10k-CNY/mu is under 50% of the agreed \(NumberText.format(agreed))"
          ))
      }
      let control =
        Self.minimum(of: .outputPerMu, in: commitments) ?? bounds[.outputPerMu]?.min?.value
      if let control, let value = values[.outputPerMu].value, value < 0.5 * control {
        flags.append(
          LowEfficiencyFlag(
            criterion: .lowOutput,
            reason:
              "completed \(completed); output per mu \(NumberText.format(value)) 10k-CNY/mu in \(checkedYear.map(String.init) ?? "?") is under 50% of the control value \(NumberText.format(control))"
          ))
      }
    }
    for event in parcel.events where event.kind == .productionStopped && event.date <= asOf {
      let days = event.days ?? asOf.days(from: event.date)
      if days >= 365 {
        flags.append(
          LowEfficiencyFlag(
            criterion: .productionStopped,
            reason: "production stopped from \(event.date) for \(days) days"))
      }
    }
    for event in parcel.events
    where (event.kind == .safetyIncident || event.kind == .environmentalViolation)
      && event.severity == .major && event.date <= asOf && asOf.days(from: event.date) < 365
    {
      flags.append(
        LowEfficiencyFlag(
          criterion: .safetyOrEnvironment,
          reason: "a major \(event.kind.rawValue) on \(event.date), within a year of \(asOf)"))
    }
    return flags
  }

  /// A commitment's minimum in the indicator's unit.
  static func minimum(of indicator: Indicator, in commitments: [Commitment]) -> Double? {
    guard let commitment = commitments.first(where: { $0.indicator == indicator }),
      let min = commitment.min
    else { return nil }
    return indicator.unit.convert(min, from: commitment.unit ?? indicator.unit)
  }
}
