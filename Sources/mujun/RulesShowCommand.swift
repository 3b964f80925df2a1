import ArgumentParser
import Land
import Reports
import Rules
import XMLStream

struct RulesShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show the thresholds in force for a parcel profile, with the rows that decide them.",
    discussion: """
      For a sector, district and zone (and the rule set in force on --date), lists each \
      bound: the indicator, min or max, the value (in the indicator's unit), the row that \
      decides it as file:line, and the rows it overrides: less specific rows that apply too, \
      and base rows replaced by a row with the same key.

      Examples:
        mujun rules show --sector C3670 --district 510116
        mujun rules show --sector C39 --district 5101 --zone national --rules Rules/chengdu-example.xml
        mujun rules show --sector C39 --district 5101 --date 2022-12-31 --rules rules/
      """
  )

  @OptionGroup var profile: ParcelProfileOptions

  @OptionGroup var ruleSet: RuleSetOption

  func run() throws {
    let rules = try ruleSet.load()
    print(
      Self.render(
        rules, sector: profile.sector, district: profile.district, zone: profile.zone),
      terminator: "")
  }

  static func render(_ rules: RuleSet, sector: String, district: String, zone: ZoneLevel?)
    -> String
  {
    var text = "\(rules.id) \(rules.version)"
    if let base = rules.identity.base { text += " (extends \(base.id) \(base.version))" }
    text += rules.date.map { ", rules in force on \($0)" } ?? ", newest rows"
    text += "\nfor sector \(sector), district \(district)"
    text += zone.map { ", \($0.rawValue) zone" } ?? ", no zone"
    text += "\n\n"
    let explained = rules.explain(sector: sector, district: district, zone: zone)
    guard !explained.isEmpty else { return text + "no threshold applies\n" }
    var table = [["indicator", "bound", "value", "decided by", "overrides"]]
    for bound in explained {
      let overrides = bound.overridden.map { overridden in
        let row = overridden.row
        let kind =
          if case .replaced = overridden { "replaced" } else { "less specific" }
        let value = bound.side == .min ? row.writtenMin : row.writtenMax
        return "\(row.location.file):\(row.location.line) (\(value ?? "?"), \(kind))"
      }
      let first = overrides.first ?? ""
      table.append([
        bound.indicator.rawValue, bound.side.rawValue, Self.value(bound),
        "\(bound.row.location.file):\(bound.row.location.line)", first,
      ])
      for more in overrides.dropFirst() { table.append(["", "", "", "", more]) }
    }
    return text + PlainTable.render(table)
  }

  static func value(_ bound: BoundExplanation) -> String {
    let written = bound.side == .min ? bound.row.writtenMin : bound.row.writtenMax
    let unit = bound.indicator.unit == .ratio ? "" : " " + bound.indicator.unit.rawValue
    guard bound.row.writtenUnit != bound.indicator.unit else { return (written ?? "") + unit }
    return "\(formatted(bound.value))\(unit) (\(written ?? "") \(bound.row.writtenUnit.rawValue))"
  }

  static func formatted(_ value: Double) -> String {
    let rounded = (value * 1_000_000).rounded() / 1_000_000
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
