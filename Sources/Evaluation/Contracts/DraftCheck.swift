public import Land
public import Rules

/// A contract not yet signed, checked against the rule set (`mujun check
/// --draft`): every bound the rule set sets for the parcel's sector,
/// district and zone must be in the draft, at least as strict (a minimum
/// no lower, a maximum no higher, after unit conversion).
public enum DraftCheck {
  /// One sentence per looser or missing bound, naming the threshold row;
  /// empty when the draft is at least as strict everywhere.
  public static func problems(in parcel: Parcel, against ruleSet: RuleSet) -> [String] {
    let bounds = ruleSet.bounds(
      for: parcel.sector.code, district: parcel.district.code, zone: parcel.zone?.level)
    let commitments = parcel.contract?.commitments ?? []
    var problems: [String] = []
    for indicator in Indicator.allCases {
      guard let applicable = bounds[indicator] else { continue }
      let unit = indicator.unit
      let suffix = RowText.unitSuffix(unit)
      let agreed = commitments.filter { $0.indicator == indicator }
      func converted(_ value: Double?, _ commitment: Commitment) -> Double? {
        value.flatMap { unit.convert($0, from: commitment.unit ?? unit) }
      }
      let name = indicator.rawValue
      if let threshold = applicable.min {
        let required = NumberText.format(threshold.value)
        let scope = RowText.scope(of: threshold.row)
        let drafted = agreed.compactMap { converted($0.min, $0) }.max()
        if let drafted {
          if !BoundCheck.meetsMinimum(drafted, threshold.value) {
            let (a, b) = NumberText.pair(drafted, threshold.value)
            problems.append(
              "\(name): the draft's minimum \(a)\(suffix) is looser than the minimum \(b)\(suffix) \(scope)"
            )
          }
        } else {
          problems.append(
            "\(name): the draft has no minimum; the rule set requires at least \(required)\(suffix) \(scope)"
          )
        }
      }
      if let threshold = applicable.max {
        let required = NumberText.format(threshold.value)
        let scope = RowText.scope(of: threshold.row)
        let drafted = agreed.compactMap { converted($0.max, $0) }.min()
        if let drafted {
          if !BoundCheck.meetsMaximum(drafted, threshold.value) {
            let (a, b) = NumberText.pair(drafted, threshold.value)
            problems.append(
              "\(name): the draft's maximum \(a)\(suffix) is looser than the maximum \(b)\(suffix) \(scope)"
            )
          }
        } else {
          problems.append(
            "\(name): the draft has no maximum; the rule set requires at most \(required)\(suffix) \(scope)"
          )
        }
      }
    }
    if parcel.contract == nil {
      problems.insert("the record has no <contract> to check", at: 0)
    }
    return problems
  }
}
