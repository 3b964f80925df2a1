import Land
public import XMLStream

/// The checks of `mujun rules validate` on rule sets that load: the legal
/// floor against the base, shares above one, units that differ from the
/// base's, rows that never apply, and the periods of versions given together.
public enum RuleSetLint {
  /// Problems in one loaded rule set; own rows are located in `path` (the
  /// path as given), base rows by their file name.
  public static func check(_ ruleSet: RuleSet, path: String) -> [Diagnostic] {
    var found = floor(ruleSet, path: path)
    found += shares(ruleSet, path: path)
    found += units(ruleSet, path: path)
    found += periods(ruleSet, path: path)
    found += sectors(ruleSet, path: path)
    return found.sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
  }

  /// Versions of one rule set given together: overlapping periods are an
  /// error (two versions would apply on one day), a gap a warning.
  public static func checkVersions(_ versions: [RuleSetCatalog.Version]) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let ids = versions.map(\.ruleSet.id).reduce(into: [String]()) {
      if !$0.contains($1) { $0.append($1) }
    }
    for id in ids {
      let group = versions.filter { $0.ruleSet.id == id }.sorted {
        ($0.ruleSet.metadata.effectiveFrom ?? "") < ($1.ruleSet.metadata.effectiveFrom ?? "")
      }
      guard group.count > 1 else { continue }
      for (offset, later) in group.enumerated() {
        let period = later.ruleSet.metadata.period
        let at = location(of: later)
        for earlier in group[..<offset] {
          if let shared = earlier.ruleSet.metadata.period.intersection(period) {
            let other =
              "\(earlier.path) (version \(earlier.ruleSet.version), \(earlier.ruleSet.metadata.period))"
            found.append(
              RuleSetCheck.versionsOverlap(id: id, other: other, shared: shared.description)
                .diagnostic(at: at))
          }
        }
        guard offset > 0 else { continue }
        let previous = group[offset - 1]
        if let until = previous.ruleSet.metadata.effectiveUntil, let next = dayAfter(until),
          let from = period.from, next < from, let lastGap = dayBefore(from)
        {
          found.append(
            RuleSetCheck.versionsGap(
              id: id, from: next, until: lastGap,
              previous: "\(previous.path), version \(previous.ruleSet.version)"
            ).diagnostic(at: at))
        }
      }
    }
    return found
  }

  private static func location(of version: RuleSetCatalog.Version) -> SourceLocation {
    let at = version.ruleSet.metadata.effectiveLocation
    return SourceLocation(file: version.path, line: at?.line ?? 1, column: at?.column ?? 1)
  }

  static func dayAfter(_ date: String) -> String? {
    CivilDate(date)?.adding(days: 1)?.description
  }

  static func dayBefore(_ date: String) -> String? {
    CivilDate(date)?.adding(days: -1)?.description
  }

  static func at(_ row: ThresholdRow, in path: String) -> SourceLocation {
    SourceLocation(file: path, line: row.location.line, column: row.location.column)
  }

  /// A bound as written: `0.8`, `60 10k-CNY/ha`.
  static func written(_ row: ThresholdRow, _ side: RuleSetCheck.Side) -> String {
    let value = side == .min ? row.writtenMin : row.writtenMax
    let number = value ?? ""
    return row.writtenUnit == row.indicator.unit ? number : "\(number) \(row.writtenUnit.rawValue)"
  }

  // MARK: Shares, units, periods

  private static func shares(_ ruleSet: RuleSet, path: String) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for row in ruleSet.ownRows where row.indicator.unit == .ratio && row.indicator != .plotRatio {
      for (side, value) in [(RuleSetCheck.Side.min, row.min), (.max, row.max)] {
        guard let value, value > 1 else { continue }
        found.append(
          RuleSetCheck.shareAboveOne(side, indicator: row.indicator, written: written(row, side))
            .diagnostic(at: at(row, in: path)))
      }
    }
    return found
  }

  private static func units(_ ruleSet: RuleSet, path: String) -> [Diagnostic] {
    guard let base = ruleSet.base else { return [] }
    var found: [Diagnostic] = []
    for row in ruleSet.ownRows {
      guard
        let replaced = base.allRows.first(where: {
          $0.key == row.key && $0.writtenUnit != row.writtenUnit
        })
      else { continue }
      found.append(
        RuleSetCheck.unitDiffersFromBase(
          indicator: row.indicator, unit: row.writtenUnit.rawValue,
          baseUnit: replaced.writtenUnit.rawValue, baseLocation: replaced.location
        ).diagnostic(at: at(row, in: path)))
    }
    return found
  }

  private static func periods(_ ruleSet: RuleSet, path: String) -> [Diagnostic] {
    let own = ruleSet.metadata.period
    guard !own.isOpen else { return [] }
    return ruleSet.ownRows.filter { !$0.period.isOpen && !$0.period.overlaps(own) }.map { row in
      RuleSetCheck.rowOutsideRuleSet(row: row.period.description, ruleSet: own.description)
        .diagnostic(at: at(row, in: path))
    }
  }
}
