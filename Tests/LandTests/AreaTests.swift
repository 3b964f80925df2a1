import Land
import Testing

@Suite struct AreaTests {
  @Test func hectares() {
    let area = Area(3, .hectare)
    #expect(isClose(area.squareMetres, 30000))  // 3 × 10000
    #expect(isClose(area.mu, 45))  // 3 × 15
    #expect(isClose(area.hectares, 3))
  }

  @Test func mu() {
    let area = Area(45, .mu)
    #expect(isClose(area.squareMetres, 30000))  // 45 × 10000 / 15
    #expect(isClose(area.hectares, 3))  // 45 / 15
    #expect(isClose(area.mu, 45))
  }

  @Test func squareMetres() {
    let area = Area(33350, .squareMetre)
    // 33350 × 15 / 10000 = 500250 / 10000 = 50.025, to the last bit.
    #expect(area.mu == 50.025)
    #expect(isClose(area.hectares, 3.335))  // 33350 / 10000
    #expect(area.squareMetres == 33350)
  }

  @Test func oneMu() {
    // 10000 / 15 = 666.666…
    #expect(isClose(Area(1, .mu).squareMetres, 10000.0 / 15.0))
    #expect(isClose(Area(10000.0 / 15.0, .squareMetre).mu, 1))
  }

  @Test func conversion() {
    let converted = Area(3, .hectare).converted(to: .mu)
    #expect(converted.unit == .mu)
    #expect(isClose(converted.value, 45))
  }

  @Test(arguments: [("m2", AreaUnit.squareMetre), ("mu", .mu), ("ha", .hectare)])
  func unitRawValues(_ raw: String, _ unit: AreaUnit) {
    #expect(AreaUnit(rawValue: raw) == unit)
  }
}
