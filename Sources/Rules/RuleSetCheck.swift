public import Land
public import XMLStream

/// What `mujun rules validate` finds beyond what stops a rule set from
/// loading: loosened base bounds, shares above one, periods, versions.
/// Each message says what was found, then what to do.
public enum RuleSetCheck: Sendable, Hashable {
  public enum Side: String, Sendable, Hashable {
    case min
    case max
  }

  /// A bound looser than the base's for the same parcels.
  case loosensBase(
    Side, indicator: Indicator, scope: String, written: String, base: String,
    baseLocation: SourceLocation, baseID: String)
  /// A row that replaces the base's row whole and leaves out a side it set.
  case dropsBaseBound(
    Side, indicator: Indicator, scope: String, base: String, baseLocation: SourceLocation,
    baseID: String)
  /// A share (a ratio of two areas, or of two sums) bounded above 1.
  case shareAboveOne(Side, indicator: Indicator, written: String)
  /// The row writes its bounds in another unit than the base row it replaces.
  case unitDiffersFromBase(
    indicator: Indicator, unit: String, baseUnit: String, baseLocation: SourceLocation)
  /// A row whose period shares no day with the rule set's.
  case rowOutsideRuleSet(row: String, ruleSet: String)
  /// A sector prefix no code of the classification starts with.
  case sectorNeverMatches(sector: String, edition: String, reason: String)
  /// Two versions of one rule set in force on the same days.
  case versionsOverlap(id: String, other: String, shared: String)
  /// Days between two versions with no version in force.
  case versionsGap(id: String, from: String, until: String, previous: String)
  case severalRuleSets([String])
  case noVersionInForce(String, date: String, versions: [String])
  case severalVersionsInForce(String, date: String, versions: [String])

  public var severity: Diagnostic.Severity {
    switch self {
    case .unitDiffersFromBase, .rowOutsideRuleSet, .sectorNeverMatches, .versionsGap: .warning
    default: .error
    }
  }

  public var message: String {
    switch self {
    case .loosensBase(let side, let indicator, let scope, let written, let base, let at, let id):
      let (relation, fix) = side == .min ? ("below", "raise") : ("above", "lower")
      return
        "\(indicator.rawValue) \(side.rawValue) \(written) \(scope) is \(relation) the \(side.rawValue) "
        + "\(base) of base \(id) at \(at); a local rule set may be stricter than its base, never "
        + "looser: \(fix) \(side.rawValue) to \(base) or beyond"
    case .dropsBaseBound(let side, let indicator, let scope, let base, let at, let id):
      return
        "\(indicator.rawValue) \(scope) has no \(side.rawValue), but base \(id) sets \(side.rawValue) "
        + "\(base) at \(at); a row replaces the base's row with the same key whole: "
        + "add \(side.rawValue)=\"\(base)\" (or a stricter one) to this row"
    case .shareAboveOne(let side, let indicator, let written):
      return
        "\(indicator.rawValue) \(side.rawValue) \(written) is above 1, but \(indicator.rawValue) is a "
        + "share (unit 1); write a percentage as a fraction: 20% is 0.20"
    case .unitDiffersFromBase(let indicator, let unit, let baseUnit, let at):
      return
        "\(indicator.rawValue) is written in \(unit), the base's row at \(at) in \(baseUnit); "
        + "the engine converts, but check the number was converted too (1 mu = 1/15 ha)"
    case .rowOutsideRuleSet(let row, let ruleSet):
      return
        "this row never applies: it is in force \(row), the rule set \(ruleSet); "
        + "correct from/until, or remove the row"
    case .sectorNeverMatches(let sector, let edition, let reason):
      return
        "this row never applies: no \(edition) code starts with \(sector) (\(reason)); "
        + "check the sector, or the classification edition"
    case .versionsOverlap(let id, let other, let shared):
      return
        "versions of \(id) overlap: this one and \(other) are both in force \(shared); "
        + "end one with until= the day before the other's from="
    case .versionsGap(let id, let from, let until, let previous):
      return
        "no version of \(id) is in force from \(from) to \(until) (after \(previous)); "
        + "parcels evaluated then have no rules: extend a period or add a version"
    case .severalRuleSets(let ids):
      return
        "the files given are different rule sets (\(ids.joined(separator: ", "))); "
        + "expected versions of one rule set (the same id)"
    case .noVersionInForce(let id, let date, let versions):
      return
        "no version of \(id) is in force on \(date): \(versions.joined(separator: "; ")); "
        + "give another --date or --year, or add a version"
    case .severalVersionsInForce(let id, let date, let versions):
      return
        "several versions of \(id) are in force on \(date): \(versions.joined(separator: ", ")); "
        + "run mujun rules validate on them and fix their periods"
    }
  }

  public func diagnostic(at location: SourceLocation) -> Diagnostic {
    Diagnostic(severity, at: location, message)
  }

  func diagnostic(at path: String) -> Diagnostic {
    diagnostic(at: SourceLocation(file: path, line: 1, column: 1))
  }
}
