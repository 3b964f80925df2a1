import Expressions
import Testing

/// What expressions compute, worked out by hand.
@Suite struct ExpressionEvaluationTests {
  private func number(_ source: String, _ values: [String: ExpressionValue] = [:]) throws -> Double?
  {
    try TestEnvironment.evaluate(source, values).number
  }

  private func boolean(_ source: String, _ values: [String: ExpressionValue] = [:]) throws -> Bool?
  {
    try TestEnvironment.evaluate(source, values).boolean
  }

  @Test func precedence() throws {
    #expect(try number("1 + 2 * 3") == 7)  // 1 + 6
    #expect(try number("(1 + 2) * 3") == 9)
    #expect(try number("-2 * 3 + 10 / 4") == -3.5)  // -6 + 2.5
    #expect(try number("1 - 2 - 3") == -4)  // (1 - 2) - 3
    #expect(try number("8 / 4 / 2") == 1)  // (8 / 4) / 2
    #expect(try number("- - 2") == 2)
    #expect(try boolean("true or false and false") == true)  // true or (false and false)
    #expect(try boolean("not 1 > 2 and true") == true)  // (not (1 > 2)) and true
    #expect(try boolean("not true or true") == true)  // (not true) or true
    #expect(try boolean("1 + 1 == 2") == true)
  }

  @Test func namesAndComparisons() throws {
    let parcel: [String: ExpressionValue] = [
      "tax": .number(120), "energy": .number(40), "areaMu": .number(3), "scale": .string("below"),
    ]
    #expect(try number("tax / energy", parcel) == 3)  // 120 / 40
    #expect(try boolean("scale == \"below\" and areaMu >= 3", parcel) == true)
    #expect(try boolean("scale == \"below\" and areaMu > 3", parcel) == false)
    #expect(try boolean("scale != \"above\"", parcel) == true)
  }

  @Test func noDataPropagatesWithTheFirstReason() throws {
    // tax and energy both missing: the left operand is met first.
    #expect(try TestEnvironment.evaluate("tax / energy + 1") == .noData(reason: "tax missing"))
    #expect(try TestEnvironment.evaluate("energy + tax") == .noData(reason: "energy missing"))
    #expect(
      try TestEnvironment.evaluate("areaMu < tax", ["areaMu": .number(3)])
        == .noData(reason: "tax missing"))
    #expect(
      try TestEnvironment.evaluate("max(areaMu, tax)", ["areaMu": .number(3)])
        == .noData(reason: "tax missing"))
    #expect(try TestEnvironment.evaluate("not (tax > 0)") == .noData(reason: "tax missing"))
  }

  @Test func andOrStopWhenTheResultIsKnown() throws {
    #expect(try boolean("false and tax > 0") == false)
    #expect(try boolean("true or tax > 0") == true)
    #expect(try TestEnvironment.evaluate("tax > 0 and false") == .noData(reason: "tax missing"))
    #expect(try TestEnvironment.evaluate("true and tax > 0") == .noData(reason: "tax missing"))
  }

  @Test func divisionByZeroIsNoData() throws {
    #expect(
      try TestEnvironment.evaluate("tax / energy", ["tax": .number(5), "energy": .number(0)])
        == .noData(reason: "division by zero in `tax / energy`"))
    // The reason names the innermost division that failed.
    #expect(
      try TestEnvironment.evaluate(
        "1 + tax / (energy - 2)", ["tax": .number(5), "energy": .number(2)])
        == .noData(reason: "division by zero in `tax / (energy - 2)`"))
  }

  @Test func overflowIsNoData() throws {
    #expect(
      try TestEnvironment.evaluate("areaMu * 10", ["areaMu": .number(1.7e308)])
        == .noData(reason: "overflow in `areaMu * 10`"))
  }

  @Test func membership() throws {
    let below: [String: ExpressionValue] = ["scale": .string("below")]
    #expect(try boolean("scale in [\"below\", \"above\"]", below) == true)
    #expect(try boolean("scale in [\"above\"]", below) == false)
    #expect(try boolean("scale not in [\"above\"]", below) == true)
    #expect(try boolean("not scale in [\"below\"]", below) == false)
    #expect(try boolean("2 in [1, 1 + 1]") == true)
    #expect(try TestEnvironment.evaluate("tax in [1, 2]") == .noData(reason: "tax missing"))
  }

  @Test func years() throws {
    // Whole years: the third anniversary of 2020-06-30 is 2023-06-30.
    #expect(try number("years(date(\"2020-06-30\"), date(\"2023-06-29\"))") == 2)
    #expect(try number("years(date(\"2020-06-30\"), date(\"2023-06-30\"))") == 3)
    #expect(try number("years(date(\"2023-06-30\"), date(\"2020-06-30\"))") == -3)
    // 29 February: the first anniversary in a common year is 1 March.
    #expect(try number("years(date(\"2020-02-29\"), date(\"2021-02-28\"))") == 0)
    #expect(try number("years(date(\"2020-02-29\"), date(\"2021-03-01\"))") == 1)
    let dates = [
      "granted": TestEnvironment.date("2019-05-10"), "started": TestEnvironment.date("2021-05-09"),
    ]
    #expect(try number("years(granted, started)", dates) == 1)
    #expect(try boolean("started > granted and granted >= date(\"2019-05-10\")", dates) == true)
    #expect(
      try TestEnvironment.evaluate("years(granted, started)") == .noData(reason: "granted missing"))
  }

  @Test func functions() throws {
    #expect(try number("min(3, 1, 2)") == 1)
    #expect(try number("max(3, 1, 2)") == 3)
    #expect(try number("abs(0 - 4)") == 4)
    #expect(try number("round(3.14159, 2)") == 3.14)
    #expect(try number("round(2.5, 0)") == 3)  // halves away from zero
    #expect(try number("round(-2.5, 0)") == -3)
  }

  @Test func compiledOnceEvaluatedManyTimes() throws {
    let compiled = try CompiledExpression(
      "tax / energy", in: TestEnvironment.environment, expecting: .number)
    #expect(compiled.slots == [0, 1])
    #expect(
      compiled.evaluate(ExpressionInputs([.value(.number(120)), .value(.number(40))])).number == 3)
    #expect(
      compiled.evaluate(ExpressionInputs([.value(.number(9)), .value(.number(2))])).number == 4.5)
    #expect(
      compiled.evaluate(ExpressionInputs([.value(.number(9))]))
        == .noData(reason: "no value was supplied"))
  }

  @Test func unicodeOffsetsCountCharacters() throws {
    // `é` and the CJK string are one character each per letter, whatever their UTF-8 length.
    let error = try #require(TestEnvironment.error("scale == \"规模\" and enérgy > 1"))
    #expect(error.offset == 18)
    #expect(error.length == 6)
  }
}
