import Testing

@testable import Reports

@Suite struct HTMLNumberTests {
  @Test(arguments: [
    (0.125, 2, "0.13"), (2.5, 0, "3"), (-2.5, 0, "-3"), (1.0, 2, "1.00"), (0.004, 2, "0.00"),
    (-0.004, 2, "0.00"), (1234567.891, 1, "1234567.9"), (0.1 + 0.2, 3, "0.300"),
  ])
  func fixedRoundsHalfAwayFromZero(value: Double, digits: Int, text: String) {
    #expect(HTMLNumber.fixed(value, digits) == text)
  }

  @Test func shortDropsTrailingZeros() {
    #expect(HTMLNumber.short(1.0) == "1")
    #expect(HTMLNumber.short(0.95) == "0.95")
    #expect(HTMLNumber.short(0.8726, 3) == "0.873")
    #expect(HTMLNumber.short(Double.nan) == "—")
  }

  @Test func percentHasOneDecimal() {
    #expect(HTMLNumber.percent(1, of: 3) == "33.3%")
    #expect(HTMLNumber.percent(2, of: 3) == "66.7%")
    #expect(HTMLNumber.percent(0, of: 0) == "—")
  }

  @Test func medianIsTheMiddleOrTheMeanOfTheTwoMiddles() {
    #expect(HTMLMedian.of([]) == nil)
    #expect(HTMLMedian.of([3]) == 3)
    #expect(HTMLMedian.of([5, 1, 3]) == 3)
    #expect(HTMLMedian.of([4, 1, 3, 2]) == 2.5)
  }

  /// 48 × 0.1, then 0.5, 0.6, 1.2, 1.5, 3.0; bound ≥ 1.0 checked three
  /// times. 53 values, so the range ends at the 98th percentile: index
  /// ⌊52 × 0.98⌋ = 50, the value 1.2. Raw width 1.2 / 19 ≈ 0.063, rounded up
  /// to 0.1; 1.2 / 0.1 + 1 = 13 bins, the last (from 1.2) open: it holds
  /// 1.2, 1.5 and 3.0.
  @Test func histogramBinsAndBoundsWorkedByHand() {
    let values = [Double](repeating: 0.1, count: 48) + [0.5, 0.6, 1.2, 1.5, 3.0]
    let chart = HTMLHistogram(
      title: "plot", values: values, bounds: [HTMLBound(min: 1.0): 3],
      digits: 1, atLeast: "≥", atMost: "≤")
    #expect(chart.bars.count == 13)
    let counts = chart.bars.map(\.count)
    #expect(counts[1] == "48")
    #expect(counts[5] == "1")
    #expect(counts[6] == "1")
    #expect(counts[12] == "3")
    #expect(counts.compactMap { Int($0) }.reduce(0, +) == 53)
    #expect(chart.openEnded)
    #expect(chart.bars[12].range == "≥ 1.2: 3")
    #expect(chart.bars[5].range == "0.5–0.6: 1")
    #expect(chart.yMax == "48")
    // 13 bins of 444 / 13 ≈ 34 px: two digits fit above a bar.
    #expect(chart.bars[1].hasCount)
    #expect(!chart.bars[0].hasCount)
    // 44 + 1.0 / 1.3 × 444 = 385.54.
    #expect(chart.marks.map(\.x) == ["385.54"])
    #expect(chart.marks.map(\.label) == ["≥ 1 (3)"])
  }

  /// Few values: 0.6, 0.9, 2.4 span 0 to 2.4; raw width 2.4 / 19 ≈ 0.126
  /// rounds up to 0.2; ⌊2.4 / 0.2⌋ + 1 = 13 bins (2.4 ÷ 0.2 is 11.999…,
  /// counted in bin 12 by the hair added), so nothing is cut off.
  @Test func aFewValuesAreAllShown() {
    let chart = HTMLHistogram(
      title: "plot", values: [0.6, 0.9, 2.4], bounds: [:], digits: 1, atLeast: "≥", atMost: "≤")
    #expect(chart.bars.count == 13)
    #expect(chart.bars[3].count == "1")
    #expect(chart.bars[4].count == "1")
    #expect(chart.bars[12].count == "1")
    #expect(!chart.openEnded)
  }

  /// 20 bins of 444 / 20 = 22.2 px: three digits (18 px) fit, four (24 px) do not.
  @Test func countsTooWideForTheirBarAreLeftToTheTooltip() {
    // 0.5 × 1000, 1.5 × 999, 19 × 100: the 98th percentile (index ⌊2098 × 0.98⌋ = 2056)
    // is 19, so the width is 1 and there are 20 bins.
    let values =
      [Double](repeating: 0.5, count: 1000) + [Double](repeating: 1.5, count: 999)
      + [Double](repeating: 19, count: 100)
    let chart = HTMLHistogram(
      title: "x", values: values, bounds: [:], digits: 0, atLeast: "≥", atMost: "≤")
    #expect(chart.bars.count == 20)
    #expect(chart.bars[0].count == "1000")
    #expect(!chart.bars[0].hasCount)
    #expect(chart.bars[1].count == "999")
    #expect(chart.bars[1].hasCount)
  }

  @Test func aHistogramWithoutValuesSaysSo() {
    let chart = HTMLHistogram(
      title: "tax", values: [], bounds: [:], digits: 0, atLeast: "≥", atMost: "≤")
    #expect(!chart.hasValues)
    #expect(chart.bars.isEmpty)
  }

  @Test func moneyIsGroupedByThousands() {
    #expect(HTMLNumber.grouped(2_604_396_454.4, 2) == "2,604,396,454.40")
    #expect(HTMLNumber.grouped(1127, 2) == "1,127.00")
    #expect(HTMLNumber.grouped(999.999, 2) == "1,000.00")
    #expect(HTMLNumber.grouped(549, 2) == "549.00")
    #expect(HTMLNumber.grouped(-1234.5, 1) == "-1,234.5")
    #expect(HTMLNumber.grouped(0, 0) == "0")
  }
}
