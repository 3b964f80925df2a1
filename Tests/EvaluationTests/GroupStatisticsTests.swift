import Testing

@testable import Evaluation

/// The group figures that mean and median benchmarks and min–max items use.
@Suite struct GroupStatisticsTests {
  @Test func meanAndMedianOfOddAndEvenGroups() {
    // (4 + 1 + 3) ÷ 3 = 8/3; sorted 1, 3, 4: median 3.
    let odd = GroupStatistics(values: [4, 1, 3])
    #expect(odd.mean == 8.0 / 3)
    #expect(odd.median == 3)
    #expect(odd.min == 1)
    #expect(odd.max == 4)
    // 1, 2, 3, 4: mean 2.5, median (2 + 3) ÷ 2 = 2.5.
    let even = GroupStatistics(values: [4, 2, 1, 3])
    #expect(even.mean == 2.5)
    #expect(even.median == 2.5)
    let one = GroupStatistics(values: [7])
    #expect(one.mean == 7)
    #expect(one.median == 7)
    let none = GroupStatistics(values: [])
    #expect(none.mean == nil)
    #expect(none.median == nil)
  }

  @Test func figuresNearTheLargestNumberStayFinite() {
    // 1.5e308 + 1.5e308 overflows; each half is 7.5e307, so the mean and
    // the median are 1.5e308.
    let big = GroupStatistics(values: [1.5e308, 1.5e308])
    #expect(big.mean == 1.5e308)
    #expect(big.median == 1.5e308)
  }
}
