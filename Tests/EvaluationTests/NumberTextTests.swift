import Testing

@testable import Evaluation

@Suite struct NumberTextTests {
  @Test(arguments: [
    (0.719640179910045, "0.7196"), (1.0, "1"), (300.0, "300"), (0.07, "0.07"),
    (24.987506246876563, "24.9875"), (0.0, "0"),
  ])
  func showsAtMostFourDecimals(value: Double, text: String) {
    #expect(NumberText.format(value) == text)
  }

  @Test(arguments: [
    // -0.00004 × 10⁴ = -0.4, rounds to -0: shown as 0, not -0.
    (-0.00004, "0"), (-3.0, "-3"), (-2.25, "-2.25"),
    // 1e20 rounded is still 1e20, which Swift prints with an exponent: the
    // value as Swift prints it.
    (1e20, "1e+20"),
    // 0.00001 × 10⁴ = 0.1, rounds to 0.
    (0.00001, "0"), (12.5, "12.5"), (10.0, "10"),
  ])
  func signsExponentsAndWholeNumbers(value: Double, text: String) {
    #expect(NumberText.format(value) == text)
  }

  @Test func showsMoreDecimalsWhenFourWouldHideAShortfall() {
    // 0.99999 rounds to 1 at four decimals, which would read "1 is below 1".
    let (value, bound) = NumberText.pair(0.99999, 1.0)
    #expect(value == "0.99999")
    #expect(bound == "1")
  }
}

@Suite struct BoundCheckTests {
  @Test func aValueAtItsBoundMeetsIt() {
    // 23345 m² of floor area on 33350 m² is a plot ratio of exactly 0.7,
    // computed in binary floating point.
    let ratio = 23345.0 / 33350.0
    #expect(BoundCheck.meetsMinimum(ratio, 0.7))
    #expect(BoundCheck.meetsMaximum(0.1 + 0.2, 0.3))
  }

  @Test func aRealShortfallFails() {
    #expect(!BoundCheck.meetsMinimum(0.6999, 0.7))
    #expect(!BoundCheck.meetsMaximum(0.0701, 0.07))
  }
}
