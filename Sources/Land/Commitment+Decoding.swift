import XMLStream

extension Commitment {
  /// `<commitment indicator="taxPerMu" min="20" unit="10k-CNY/mu"
  /// fromYear="2023" penaltyPermille="1" remedy="topUp"/>`: a known
  /// indicator, a unit accepted for it, at least one bound, min ≤ max, and
  /// `fromYear` only for yearly indicators.
  static func decode(_ element: Int, with decoder: inout ElementDecoder) -> Commitment? {
    _ = decoder.open(
      element,
      attributes: ["indicator", "min", "max", "unit", "fromYear", "penaltyPermille", "remedy"])
    let indicator = decoder.choice(element, "indicator", required: true, as: Indicator.self)
    let min = decoder.decimal(element, .attribute("min"))
    let max = decoder.decimal(element, .attribute("max"))
    let unit = decodeUnit(element, for: indicator, with: &decoder)
    let fromYear = decoder.year(element, "fromYear")
    let penalty = decoder.decimal(element, .attribute("penaltyPermille"))
    let remedy = decoder.choice(element, "remedy", as: CommitmentRemedy.self)

    if !decoder.hasAttribute(element, "min") && !decoder.hasAttribute(element, "max") {
      decoder.report(element, DecodingMessage.noBound)
    }
    if let min, let max, min > max, let minText = decoder.attribute(element, "min"),
      let maxText = decoder.attribute(element, "max")
    {
      decoder.report(
        element,
        DecodingMessage.minAboveMax(minText, maxText))
    }
    if let indicator, !indicator.isYearly, let year = decoder.attribute(element, "fromYear") {
      decoder.report(
        element,
        DecodingMessage.fromYearNotYearly(year, for: indicator))
    }
    guard let indicator else { return nil }
    return Commitment(
      indicator: indicator, min: min, max: max, unit: unit, fromYear: fromYear,
      penaltyPermille: penalty, remedy: remedy)
  }

  /// The unit, which must be one the indicator's bounds may be written in.
  private static func decodeUnit(
    _ element: Int, for indicator: Indicator?, with decoder: inout ElementDecoder
  ) -> IndicatorUnit? {
    guard let indicator else {
      // Without a known indicator, check only that the unit exists.
      return decoder.choice(element, "unit", as: IndicatorUnit.self)
    }
    guard var raw = decoder.attribute(element, "unit") else { return nil }
    guard let unit = raw.withUTF8({ IndicatorUnit.choices.value($0) }),
      indicator.unit.acceptedUnits.contains(unit)
    else {
      decoder.report(element, DecodingMessage.unitNotAccepted(raw, for: indicator))
      return nil
    }
    return unit
  }
}
