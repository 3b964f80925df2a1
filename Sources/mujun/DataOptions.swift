import ArgumentParser
import Enterprises
import Tables

/// `--data FILE` (repeatable) and `--data-encoding`: the departments' data
/// files (tax, statistics, power, ecology) joined to the land records by
/// credit code (records.md 1.1, "Department data files").
struct DataOptions: ParsableArguments {
  @Option(
    name: .customLong("data"),
    help: ArgumentHelp(
      "A department data file (CSV or .xlsx): one row per enterprise and year, keyed by credit code. Repeat for each department's file.",
      discussion:
        "Columns in Chinese or English (统一社会信用代码, 企业名称, 年度, 实缴税金, 工业增加值, 综合能耗, 用电量, …), units in the header (税收(元)). Example: --data tax-2024.xlsx --data power-2024.csv",
      valueName: "file"))
  var files: [String] = []

  @Option(
    name: .customLong("data-encoding"),
    help: ArgumentHelp(
      "The encoding of CSV data files: auto (default: a byte-order mark, else UTF-8 if it is, else GB18030), utf-8, gbk, gb18030, utf-16le, utf-16be.",
      valueName: "name"))
  var encodingName: String?

  func validate() throws {
    if let encodingName {
      guard TableEncoding(name: encodingName) != nil else {
        throw ValidationError(
          "--data-encoding \(encodingName) is not an encoding mujun reads; give auto, utf-8, gbk, gb18030, utf-16le or utf-16be"
        )
      }
      if files.isEmpty {
        throw ValidationError("--data-encoding applies to --data files; add --data FILE")
      }
    }
  }

  @Option(
    name: .customLong("corrections"),
    help: ArgumentHelp(
      "A corrections file (CSV or .xlsx): figures changed after publication by an objection, one row each: 统一社会信用代码, 更正项目, 更正值, 更正原因, 文号.",
      discussion:
        "Applied to the enterprises of the run; each shows in the firm's verdict and sheet with the value it replaced, and in the history. Example: --corrections objections-2024.xlsx",
      valueName: "file"))
  var corrections: [String] = []

  var encoding: TableEncoding { encodingName.flatMap(TableEncoding.init(name:)) ?? .automatic }
}
