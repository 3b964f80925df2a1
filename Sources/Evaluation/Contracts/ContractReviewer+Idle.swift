import Land

/// Idle land (`domain.md`, "Idle land", after 闲置土地处置办法 2012):
/// - not started one year after the start due date (moved by government
///   delays and force majeure): `fee`; two years: `recovery`;
/// - started, but developed area under one third of the site or investment
///   under 25% of the committed total, and work suspended for a year:
///   `fee` (recovery is for land not started, so this case stays at `fee`).
///
/// Idleness is judged as of the date: land started by then is not idle for
/// not starting, however late it started (the start clause's damages cover
/// the delay). A year is counted to the same calendar day (a 29 February start counts
/// to 28 February), and the land is idle on that day.
extension ContractReviewer {
  func idleLand(_ parcel: Parcel, shift: DueShift) -> IdleLand? {
    let construction = parcel.construction ?? Construction()
    guard happened(construction.completed) == nil else { return nil }
    guard let started = happened(construction.started) else {
      guard let agreed = parcel.contract?.start?.due else { return nil }
      let since = agreed.adding(days: shift.days) ?? agreed
      guard asOf >= Self.anniversary(of: since, years: 1) else { return nil }
      let days = asOf.days(from: since)
      let stage: IdleStage = asOf >= Self.anniversary(of: since, years: 2) ? .recovery : .fee
      var reason = "not started \(days) days after the start due date \(since)"
      if shift.days > 0 {
        reason += " (\(agreed) moved \(shift.days) days by \(shift.cause))"
      }
      return IdleLand(since: since, days: days, stage: stage, reason: reason)
    }
    guard let suspended = happened(construction.suspendedFrom), suspended >= started,
      asOf >= Self.anniversary(of: suspended, years: 1)
    else { return nil }
    var shortfalls: [String] = []
    let site = parcel.area.squareMetres
    if let developed = construction.developedArea, developed < site / 3 {
      shortfalls.append(
        "the developed area \(NumberText.format(developed)) m² is under one third of the site's \(NumberText.format(site)) m²"
      )
    }
    if let total = Self.committedInvestment(parcel), let invested = parcel.investment?.fixedAssets,
      invested < 0.25 * total
    {
      shortfalls.append(
        "the investment \(NumberText.format(invested)) is under 25% of the committed \(NumberText.format(total)) (10k CNY)"
      )
    }
    guard !shortfalls.isEmpty else { return nil }
    let days = asOf.days(from: suspended)
    return IdleLand(
      since: suspended, days: days, stage: .fee,
      reason: "work suspended since \(suspended) (\(days) days), and "
        + shortfalls.joined(separator: " and "))
  }

  /// The same calendar day `years` later; the month's last day when that
  /// day does not exist.
  static func anniversary(of date: CivilDate, years: Int) -> CivilDate {
    let year = date.year + years
    return CivilDate(year: year, month: date.month, day: date.day)
      ?? CivilDate(
        year: year, month: date.month, day: CivilDate.daysInMonth(date.month, of: year))
      ?? date
  }

  /// The committed total investment in 10k CNY: the fixedAssetInvestment
  /// minimum, else the investmentIntensity minimum × the site in mu.
  static func committedInvestment(_ parcel: Parcel) -> Double? {
    let commitments = parcel.contract?.commitments ?? []
    if let total = commitments.first(where: { $0.indicator == .fixedAssetInvestment })?.min {
      return total
    }
    guard let intensity = commitments.first(where: { $0.indicator == .investmentIntensity }),
      let min = intensity.min,
      let perMu = Indicator.investmentIntensity.unit.convert(
        min, from: intensity.unit ?? .tenThousandCNYPerMu)
    else { return nil }
    return perMu * parcel.area.mu
  }
}
