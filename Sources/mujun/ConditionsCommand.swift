public import ArgumentParser
public import Land
import Reports
import Rules

struct ConditionsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "conditions",
    abstract:
      "Print the control-indicator sheet for a transfer notice: every threshold that applies.",
    discussion: """
      Lists every threshold of the rule set that applies to a parcel of the given sector, \
      district and zone: the indicator, its bound in the indicator's unit, the rule-set row \
      (file:line) and the policy text it transcribes. The most specific row wins, as in \
      evaluation.

      Examples:
        mujun conditions --sector C3981 --district 510116
        mujun conditions --sector C36 --district 510116 --zone national --rules my-city.xml --lang en
      """
  )

  @OptionGroup var profile: ParcelProfileOptions

  @OptionGroup var ruleSet: RuleSetOption

  @Option(help: ArgumentHelp("The sheet's language: zh (default) or en.", valueName: "lang"))
  var lang: TableLanguage = .zh

  func run() throws {
    let rules = try ruleSet.load()
    print(
      ConditionsSheet.render(
        rules, sector: profile.sector, district: profile.district, zone: profile.zone,
        language: lang),
      terminator: "")
  }
}

extension ZoneLevel: ExpressibleByArgument {}
