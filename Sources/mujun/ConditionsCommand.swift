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

  @Option(help: ArgumentHelp("The GB/T 4754 industry code, e.g. C3981.", valueName: "code"))
  var sector: String

  @Option(help: ArgumentHelp("The GB/T 2260 district code, e.g. 510116.", valueName: "code"))
  var district: String

  @Option(
    help: ArgumentHelp(
      "The development-zone level: national, provincial or municipal.", valueName: "level"))
  var zone: ZoneLevel?

  @OptionGroup var ruleSet: RuleSetOption

  @Option(help: ArgumentHelp("The sheet's language: zh (default) or en.", valueName: "lang"))
  var lang: TableLanguage = .zh

  func validate() throws {
    let letter = sector.first.map { $0.isASCII && $0.isUppercase } ?? false
    guard letter, sector.count <= 5, sector.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
    else {
      throw ValidationError(
        "--sector \(sector) is not a GB/T 4754 code; give a capital letter and up to four digits, e.g. C3981"
      )
    }
    guard (2...6).contains(district.count), district.allSatisfy({ $0.isASCII && $0.isNumber })
    else {
      throw ValidationError(
        "--district \(district) is not a GB/T 2260 code; give 2 to 6 digits, e.g. 510116")
    }
  }

  func run() throws {
    let rules = try ruleSet.load()
    print(
      ConditionsSheet.render(
        rules, sector: sector, district: district, zone: zone, language: lang),
      terminator: "")
  }
}

extension ZoneLevel: ExpressibleByArgument {}
