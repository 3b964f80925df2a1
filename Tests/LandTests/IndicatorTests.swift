import Land
import Testing

/// Each indicator on `TestParcels.complete`: 3 ha = 45 mu = 30000 m².
@Suite struct IndicatorTests {
  let values = TestParcels.complete.indicators()

  @Test func evaluatesTheLatestYearByDefault() {
    #expect(values.evaluatedYear == 2024)  // years 2024 and 2023 in the record
  }

  @Test func siteArea() {
    #expect(isClose(values.siteArea.squareMetres, 30000))  // 3 × 10000
    #expect(isClose(values.siteArea.mu, 45))  // 3 × 15
    #expect(isClose(values.siteArea.hectares, 3))
  }

  @Test func investment() {
    #expect(isClose(values[.investmentIntensity].value, 300))  // 13500 ÷ 45 mu
    #expect(isClose(values[.fixedAssetInvestment].value, 13500))  // as recorded
  }

  @Test func plotRatio() {
    // B1: 24000 (2 storeys: no doubling); B2: one 9.5 m storey of 6000,
    // over 8 m, counted twice = 12000; B3: 3000 (4 storeys).
    // (24000 + 12000 + 3000) ÷ 30000 = 39000 ÷ 30000 = 1.3
    #expect(isClose(values[.plotRatio].value, 1.3))
  }

  @Test func buildingDensity() {
    // (12000 + 6000 + 900) ÷ 30000 = 18900 ÷ 30000 = 0.63
    #expect(isClose(values[.buildingDensity].value, 0.63))
  }

  @Test func buildingCoefficient() {
    // (18900 footprints + 600 structures + 1500 yards) ÷ 30000 = 21000 ÷ 30000 = 0.7
    #expect(isClose(values[.buildingCoefficient].value, 0.7))
  }

  @Test func adminShareFromSite() {
    #expect(isClose(values[.adminShare].value, 0.06))  // 1800 ÷ 30000
  }

  @Test func greenRatio() {
    #expect(isClose(values[.greenRatio].value, 0.1))  // 3000 ÷ 30000
  }

  @Test func perMuFigures() {
    #expect(isClose(values[.taxPerMu].value, 30))  // 1350 ÷ 45
    #expect(isClose(values[.outputPerMu].value, 1200))  // 54000 ÷ 45
    #expect(isClose(values[.revenuePerMu].value, 1000))  // 45000 ÷ 45
    #expect(isClose(values[.valueAddedPerMu].value, 200))  // 9000 ÷ 45
  }

  @Test func efficiencyFigures() {
    #expect(isClose(values[.energyPerValueAdded].value, 1.0 / 3.0))  // 3000 tce ÷ 9000
    #expect(isClose(values[.valueAddedPerEnergy].value, 3))  // 9000 ÷ 3000 tce
    #expect(isClose(values[.valueAddedPerEmission].value, 750))  // 9000 ÷ 12 t
    #expect(isClose(values[.laborProductivity].value, 30))  // 9000 ÷ 300 employees
    #expect(isClose(values[.rndIntensity].value, 0.03))  // 1350 ÷ 45000
    // 1350 × 10000 CNY ÷ 5000000 kWh = 13500000 ÷ 5000000 = 2.7 CNY/kWh
    #expect(isClose(values[.taxPerKWh].value, 2.7))
  }

  @Test func anEarlierYear() {
    let values2023 = TestParcels.complete.indicators(year: 2023)
    #expect(values2023.evaluatedYear == 2023)
    #expect(isClose(values2023[.taxPerMu].value, 20))  // 900 ÷ 45
    #expect(values2023[.outputPerMu] == .noData(reason: "no output figure for 2023"))
    // The site figures do not depend on the year.
    #expect(isClose(values2023[.plotRatio].value, 1.3))
  }

  @Test func everyIndicatorHasAnEntry() {
    #expect(values.readings.count == Indicator.allCases.count)
    #expect(values.ordered.map(\.indicator) == Indicator.allCases)
    #expect(values.ordered.allSatisfy { $0.reading.value != nil })
  }

  @Test(arguments: [Area(30000, .squareMetre), Area(45, .mu), Area(3, .hectare)])
  func areaUnitsGiveTheSameFigures(_ area: Area) {
    var parcel = TestParcels.complete
    parcel.area = area
    let values = parcel.indicators()
    #expect(isClose(values[.taxPerMu].value, 30))  // 1350 ÷ 45 mu
    #expect(isClose(values[.investmentIntensity].value, 300))  // 13500 ÷ 45 mu
    #expect(isClose(values[.greenRatio].value, 0.1))  // 3000 ÷ 30000 m²
  }

  @Test func theRecordsExample() throws {
    // The records.md example: 33350 m² = 33350 × 15 ÷ 10000 = 50.025 mu.
    let parcel = try #require(try decode(fullRecord).parcel)
    let values = parcel.indicators()
    #expect(values.evaluatedYear == 2024)
    #expect(values.siteArea.mu == 50.025)
    // B1 24000 + B2 one 9.5 m storey 6000 × 2 + B3 3200 = 39200; ÷ 33350 ≈ 1.17541
    #expect(isClose(values[.plotRatio].value, 39200.0 / 33350.0))
    // 16500 ÷ 50.025 ≈ 329.835
    #expect(isClose(values[.investmentIntensity].value, 16500.0 / 50.025))
    // 1250 ÷ 50.025 ≈ 24.9875
    #expect(isClose(values[.taxPerMu].value, 1250.0 / 50.025))
    #expect(isClose(values[.valueAddedPerEnergy].value, 3.0625))  // 9800 ÷ 3200
    #expect(isClose(values[.valueAddedPerEmission].value, 784))  // 9800 ÷ 12.5
    #expect(isClose(values[.laborProductivity].value, 30.625))  // 9800 ÷ 320
    // 1250 × 10000 ÷ 5400000 = 12500000 ÷ 5400000 = 2.3148…
    #expect(isClose(values[.taxPerKWh].value, 125.0 / 54.0))
    // (12000 + 6000 + 800 + 600 + 900) ÷ 33350 = 20300 ÷ 33350
    #expect(isClose(values[.buildingCoefficient].value, 20300.0 / 33350.0))
  }
}

/// Tables of one entry per indicator are arrays indexed by position.
@Suite struct IndicatorPositionTests {
  @Test func positionsFollowDeclarationOrder() {
    #expect(Indicator.investmentIntensity.position == 0)
    #expect(Indicator.greenRatio.position == 7)
    #expect(Indicator.taxPerMu.position == 8)
    #expect(Indicator.taxPerKWh.position == 17)
    for (offset, indicator) in Indicator.allCases.enumerated() {
      #expect(indicator.position == offset, "\(indicator)")
    }
    #expect(Indicator.plotRatio < .taxPerMu)
    #expect(!(Indicator.taxPerKWh < .taxPerMu))
  }

  @Test func valuesMadeFromAPartialDictionaryReadAsNoDataElsewhere() {
    let values = IndicatorValues(
      evaluatedYear: 2024, siteArea: Area(1, .mu), readings: [.taxPerMu: .value(30)])
    #expect(values[.taxPerMu] == .value(30))
    #expect(values[.plotRatio] == .noData(reason: "plotRatio was not computed"))
    #expect(values.readings.count == 18)
    #expect(values.ordered[8].indicator == .taxPerMu)
  }
}
