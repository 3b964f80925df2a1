import Land
import Rules
import XMLStream

extension ScoringBoard {
  /// The surcharge for a class: of the rule set's surcharges for it whose
  /// run of consecutive years the parcel's past ratings complete, the one
  /// with the longest run (the first written, among equals).
  func surcharge(for rating: RatingClass, parcel: ScoringFigures) -> SurchargeResult? {
    var chosen: ScoringSurcharge?
    for rule in scoring.surcharges where rule.class == rating {
      let years = rule.consecutiveYears ?? 1
      // Scored parcels always have an evaluated year.
      guard let year = parcel.year else { continue }
      let held = (1..<years).allSatisfy { parcel.pastRatings[year - $0] == rating }
      guard held else { continue }
      if chosen == nil || years > (chosen?.consecutiveYears ?? 1) { chosen = rule }
    }
    guard let rule = chosen else { return nil }
    let run =
      rule.consecutiveYears.map { n in
        "class \(rating.rawValue) for \(n) consecutive years (\(parcel.year.map { "\($0 - n + 1)–\($0)" } ?? ""))"
      } ?? "class \(rating.rawValue)"
    let price = NumberText.format(rule.perKWh)
    guard let kWh = parcel.electricity else {
      let year = parcel.year.map(String.init) ?? "the evaluated year"
      return SurchargeResult(
        perKWh: rule.perKWh, kWh: nil, amount: nil,
        basis:
          "\(run): \(price) CNY/kWh; no electricity figure for \(year), so no amount (\(rule.location.file):\(rule.location.line))"
      )
    }
    let amount = rule.perKWh * kWh
    return SurchargeResult(
      perKWh: rule.perKWh, kWh: kWh, amount: amount,
      basis:
        "\(run): \(price) CNY/kWh × \(NumberText.format(kWh)) kWh (\(rule.location.file):\(rule.location.line))"
    )
  }
}
