import Land
import XMLStream

/// The parcels that two rows both apply to, as the most general parcel
/// profile among them: the longer sector and district prefixes, the zone
/// either gives. Every parcel they share has this profile's rows and more.
struct RowMeet {
  var sector: String
  var district: String?
  var zone: ZoneLevel?

  init?(_ a: ThresholdRow, _ b: ThresholdRow) {
    guard let sector = Self.longer(a.sector, b.sector) else { return nil }
    var district: String?
    switch (a.district, b.district) {
    case (let x?, let y?):
      guard let longer = Self.longer(x, y) else { return nil }
      district = longer
    case (let x?, nil), (nil, let x?): district = x
    case (nil, nil): district = nil
    }
    if let x = a.zone, let y = b.zone, x != y { return nil }
    self.sector = sector
    self.district = district
    self.zone = a.zone ?? b.zone
  }

  /// The longer of two prefixes when one starts the other; nil otherwise.
  private static func longer(_ x: String, _ y: String) -> String? {
    if x.hasPrefix(y) { return x }
    if y.hasPrefix(x) { return y }
    return nil
  }

  /// `for sector C39, district 5101, national zones`.
  var scope: String {
    var text = "for sector \(sector)"
    if let district { text += ", district \(district)" }
    if let zone { text += ", \(zone.rawValue) zones" }
    return text
  }
}

extension RuleSetLint {
  /// The legal floor: for every parcel, the bounds this rule set applies
  /// must be at least as strict as those its base applies ("local values
  /// may be stricter, never looser": 自然资发〔2023〕72号, `domain.md`,
  /// "National standard"). A bound is
  /// looser when a minimum is lower or a maximum higher, or missing where
  /// the base sets one. Checked on the meet of each own row with each base
  /// row of the same indicator (the profiles where a decision can change),
  /// on every day a row's period starts or ends.
  static func floor(_ ruleSet: RuleSet, path: String) -> [Diagnostic] {
    guard ruleSet.base != nil else { return [] }
    var found: [Diagnostic] = []
    var seen: Set<String> = []
    for date in candidateDates(ruleSet) {
      let combined = date.map(ruleSet.inForce(on:)) ?? ruleSet
      guard let base = combined.base else { continue }
      // Every own row, in force or not: one out of force still replaces
      // the base's rows with its key.
      let own = ruleSet.ownRows
      for row in own {
        for baseRow in base.rows where baseRow.indicator == row.indicator {
          guard let meet = RowMeet(row, baseRow) else { continue }
          let district = meet.district ?? ""
          let mine = combined.bounds(
            on: row.indicator, for: meet.sector, district: district, zone: meet.zone)
          let theirs = base.bounds(
            on: row.indicator, for: meet.sector, district: district, zone: meet.zone)
          for side in [RuleSetCheck.Side.min, .max] {
            guard let floor = side == .min ? theirs.min : theirs.max else { continue }
            let applied = side == .min ? mine.min : mine.max
            var problem: RuleSetCheck?
            var culprit: ThresholdRow?
            let scope = meet.scope + (date.map { " on \($0)" } ?? "")
            let looser = applied.map { applied in
              side == .min
                ? applied.value < floor.value && !Self.close(applied.value, floor.value)
                : applied.value > floor.value && !Self.close(applied.value, floor.value)
            }
            if let applied, looser == true, applied.row.ruleSetID == ruleSet.id {
              culprit = applied.row
              problem = .loosensBase(
                side, indicator: row.indicator, scope: scope,
                written: written(applied.row, side), base: written(floor.row, side),
                baseLocation: floor.row.location, baseID: floor.row.ruleSetID)
            } else if looser ?? true {
              culprit = own.first { $0.key == floor.row.key }
              problem = .dropsBaseBound(
                side, indicator: row.indicator, scope: scope, base: written(floor.row, side),
                baseLocation: floor.row.location, baseID: floor.row.ruleSetID)
            }
            guard let problem, let culprit else { continue }
            let key = "\(culprit.location)|\(side)|\(floor.row.location)"
            guard seen.insert(key).inserted else { continue }
            found.append(problem.diagnostic(at: at(culprit, in: path)))
          }
        }
      }
    }
    return found
  }

  /// Within one part in a billion: the same bound (as evaluation compares).
  private static func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 * max(abs(a), abs(b))
  }

  /// nil (the newest rows) when no row has a period; else the rule set's
  /// first day (or the earliest day) and each day a row starts or the day
  /// after one ends, within the rule set's own period.
  private static func candidateDates(_ ruleSet: RuleSet) -> [String?] {
    var all: [ThresholdRow] = []
    var next: RuleSet? = ruleSet
    while let current = next {
      all += current.allRows
      next = current.base
    }
    let dated = all.filter { !$0.period.isOpen }
    guard !dated.isEmpty else { return [nil] }
    var days: Set<String> = [ruleSet.metadata.effectiveFrom ?? "0001-01-01"]
    for row in dated {
      if let from = row.effectiveFrom { days.insert(from) }
      if let until = row.effectiveUntil, let after = dayAfter(until) { days.insert(after) }
    }
    return days.filter { ruleSet.metadata.period.contains($0) }.sorted().map { $0 }
  }
}
