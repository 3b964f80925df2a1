import ArgumentParser
import Land

/// `--sector`, `--district` and `--zone`: the parcel profile that
/// `mujun conditions` and `mujun rules show` look thresholds up for.
struct ParcelProfileOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The GB/T 4754 industry code, e.g. C3981.", valueName: "code"))
  var sector: String

  @Option(help: ArgumentHelp("The GB/T 2260 district code, e.g. 510116.", valueName: "code"))
  var district: String

  @Option(
    help: ArgumentHelp(
      "The development-zone level: national, provincial or municipal.", valueName: "level"))
  var zone: ZoneLevel?

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
}
