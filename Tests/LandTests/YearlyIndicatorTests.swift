import Land
import Testing

/// Per-year indicators without the data they need: no data with a reason,
/// never 0 and never infinity.
@Suite struct YearlyIndicatorTests {
  @Test func latestYearIsTheDefaultWhateverTheOrder() {
    let parcel = TestParcels.parcel(performance: [
      Performance(year: 2022, tax: 1), Performance(year: 2024, tax: 90), Performance(year: 2023),
    ])
    let values = parcel.indicators()
    #expect(values.evaluatedYear == 2024)
    #expect(isClose(values[.taxPerMu].value, 2))  // 90 ÷ 45 mu (30000 m²)
  }

  @Test func missingYear() {
    let values = TestParcels.complete.indicators(year: 2022)
    #expect(values.evaluatedYear == 2022)
    #expect(values[.taxPerMu] == .noData(reason: "no performance figures for 2022"))
    #expect(values[.taxPerKWh] == .noData(reason: "no performance figures for 2022"))
  }

  @Test func noPerformanceAtAll() {
    let values = TestParcels.parcel().indicators()
    #expect(values.evaluatedYear == nil)
    for indicator in Indicator.allCases where indicator.isYearly {
      #expect(values[indicator] == .noData(reason: "the record has no performance figures"))
    }
  }

  @Test func missingInputs() {
    let values = TestParcels.parcel(performance: [Performance(year: 2024, valueAdded: 100)])
      .indicators()
    #expect(values[.taxPerMu] == .noData(reason: "no tax figure for 2024"))
    #expect(values[.revenuePerMu] == .noData(reason: "no revenue figure for 2024"))
    #expect(values[.energyPerValueAdded] == .noData(reason: "no energy figure for 2024"))
    #expect(values[.valueAddedPerEnergy] == .noData(reason: "no energy figure for 2024"))
    #expect(values[.valueAddedPerEmission] == .noData(reason: "no emissions figure for 2024"))
    #expect(values[.laborProductivity] == .noData(reason: "no employees figure for 2024"))
    #expect(values[.rndIntensity] == .noData(reason: "no R&D figure for 2024"))
    #expect(values[.taxPerKWh] == .noData(reason: "no tax figure for 2024"))
    #expect(isClose(values[.valueAddedPerMu].value, 100.0 / 45.0))  // 100 ÷ 45 mu
  }

  @Test func zeroDivisors() {
    let values = TestParcels.parcel(performance: [
      Performance(
        year: 2024, revenue: 0, output: 0, valueAdded: 0, tax: 10, energy: 0, electricity: 0,
        emissions: 0, rnd: 5, employees: 0)
    ]).indicators()
    #expect(values[.energyPerValueAdded] == .noData(reason: "the value added figure for 2024 is 0"))
    #expect(values[.valueAddedPerEnergy] == .noData(reason: "the energy figure for 2024 is 0"))
    #expect(values[.valueAddedPerEmission] == .noData(reason: "the emissions figure for 2024 is 0"))
    #expect(values[.laborProductivity] == .noData(reason: "the employees figure for 2024 is 0"))
    #expect(values[.rndIntensity] == .noData(reason: "the revenue figure for 2024 is 0"))
    #expect(values[.taxPerKWh] == .noData(reason: "the electricity figure for 2024 is 0"))
    // A zero numerator is a real 0: 0 ÷ 45 mu.
    #expect(values[.outputPerMu] == .value(0))
    for (_, measurement) in values.ordered {
      if let value = measurement.value { #expect(value.isFinite) }
    }
  }
}
