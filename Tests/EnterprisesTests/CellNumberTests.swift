import Enterprises
import Testing

@Suite struct CellNumberTests {
  @Test(arguments: [
    ("42", 42.0),
    ("1,250.5", 1250.5),
    ("1,234,567", 1_234_567),
    ("-12.75", -12.75),
    ("+3", 3),
    // Full-width digits, point, minus and comma, as office exports write them.
    ("１２５０．５", 1250.5),
    ("－１２", -12),
    ("1，250", 1250),
    ("１，２５０，０００", 1_250_000),
    // U+2212 MINUS SIGN.
    ("\u{2212}7", -7),
    // Spaces around, ASCII and ideographic.
    ("  42 ", 42),
    ("\u{3000}42\u{3000}", 42),
    ("0.5", 0.5),
    (".5", 0.5),
    ("5.", 5),
    ("007", 7),
    ("999", 999),
  ])
  func readsNumbers(_ text: String, _ value: Double) {
    #expect(CellNumber(text) == .value(value))
  }

  /// `-0` is 0 without a sign, so no output shows `-0`.
  @Test func negativeZeroIsZero() {
    guard case .value(let zero) = CellNumber("-0") else {
      Issue.record("-0 is a number")
      return
    }
    #expect(zero == 0 && zero.sign == .plus)
  }

  /// An empty cell is no data: not an error and not 0.
  @Test(arguments: ["", "   ", "\u{3000}", "\t"])
  func emptyIsNoData(_ text: String) {
    #expect(CellNumber(text) == .empty)
  }

  @Test(arguments: [
    ("N/A", NumberProblem.notANumber(text: "N/A")),
    ("—", .notANumber(text: "—")),
    ("--", .notANumber(text: "--")),
    ("-", .notANumber(text: "-")),
    ("1.2.3", .notANumber(text: "1.2.3")),
    ("5%", .notANumber(text: "5%")),
    ("(1,250)", .notANumber(text: "(1,250)")),
    ("1 250", .notANumber(text: "1 250")),
    (".", .notANumber(text: ".")),
    ("1,25", .misplacedSeparator(text: "1,25")),
    ("12,50,000", .misplacedSeparator(text: "12,50,000")),
    ("1,2500", .misplacedSeparator(text: "1,2500")),
    (",125", .misplacedSeparator(text: ",125")),
    ("1,,250", .misplacedSeparator(text: "1,,250")),
    ("1.23457E+11", .exponent(text: "1.23457E+11")),
    ("1e5", .exponent(text: "1e5")),
    // 12.5 × 10^4 = 125000; 3 × 10^8 = 300000000.
    ("12.5万", .magnitude(text: "12.5万", value: 125_000)),
    (" 12.5万元 ", .magnitude(text: "12.5万元", value: 125_000)),
    ("3亿", .magnitude(text: "3亿", value: 300_000_000)),
    ("约12万", .notANumber(text: "约12万")),
  ])
  func rejectsOtherText(_ text: String, _ problem: NumberProblem) {
    #expect(CellNumber(text) == .invalid(problem))
  }

  @Test func messagesForAClerk() {
    #expect(
      NumberProblem.notANumber(text: "N/A").message(unit: .tenThousandYuan)
        == "not a number: 'N/A'; write the figure in the column's unit (万元) with digits only,"
        + " or leave the cell empty when there is no figure")
    #expect(
      NumberProblem.misplacedSeparator(text: "1,25").message(unit: .yuan)
        == "not a number: '1,25'; a comma may only separate groups of three digits (1,250) and"
        + " the decimal point is '.': write the figure in the column's unit (元) with digits only")
    #expect(
      NumberProblem.exponent(text: "1.23457E+11").message(unit: .kilowattHour)
        == "not a number: '1.23457E+11'; Excel writes a number too wide for its column this way"
        + " and drops digits: widen the column or format it as a number, then save the file again")
  }

  /// The example in the message is the figure in the column's unit:
  /// 12.5万 元 = 125000 元 = 12.5 万元; 3亿 元 = 300000000 元 = 30000 万元;
  /// 1.2万 kWh = 12000 kWh.
  @Test(arguments: [
    ("12.5万", FigureUnit.yuan, "125000"),
    ("12.5万", .tenThousandYuan, "12.5"),
    ("3亿", .tenThousandYuan, "30000"),
    ("1.2万", .kilowattHour, "12000"),
    ("1.2万", .tenThousandKilowattHours, "1.2"),
  ])
  func magnitudeMessageWorksTheFigureOut(_ text: String, _ unit: FigureUnit, _ figure: String) {
    guard case .invalid(let problem) = CellNumber(text) else {
      Issue.record("\(text) is not a plain number")
      return
    }
    #expect(
      problem.message(unit: unit)
        == "not a number: '\(text)'; write the figure in the column's unit (\(unit)) with digits"
        + " only, e.g. \(figure) for \(text)")
  }
}
