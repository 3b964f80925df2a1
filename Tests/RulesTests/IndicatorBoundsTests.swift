import Land
import Testing
import XMLStream

@testable import Rules

/// The table of bounds per indicator that replaced a dictionary keyed by
/// indicator: it must answer as the dictionary did.
@Suite struct IndicatorBoundsTests {
  static func bound(_ indicator: Indicator, min: Double) -> ApplicableBounds {
    let row = ThresholdRow(
      indicator: indicator, sector: "C", min: min,
      location: SourceLocation(file: "t.xml", line: 1, column: 1), ruleSetID: "t")
    return ApplicableBounds(min: AppliedBound(value: min, row: row))
  }

  @Test func startsEmpty() {
    let bounds = IndicatorBounds()
    #expect(bounds.isEmpty)
    #expect(bounds.count == 0)
    #expect(bounds.indicators == [])
    #expect(bounds[.plotRatio] == nil)
  }

  @Test func setAndClearOneIndicator() {
    var bounds = IndicatorBounds()
    bounds[.taxPerMu] = Self.bound(.taxPerMu, min: 15)
    // Set twice: still one indicator bounded.
    bounds[.taxPerMu] = Self.bound(.taxPerMu, min: 20)
    bounds[.plotRatio] = Self.bound(.plotRatio, min: 1)
    #expect(bounds.count == 2)
    #expect(bounds[.taxPerMu]?.min?.value == 20)
    #expect(bounds[.plotRatio]?.min?.value == 1)
    #expect(bounds[.greenRatio] == nil)
    // Declaration order: plotRatio (3rd) before taxPerMu (9th).
    #expect(bounds.indicators == [.plotRatio, .taxPerMu])
    bounds[.taxPerMu] = nil
    bounds[.taxPerMu] = nil
    #expect(bounds.count == 1)
    #expect(!bounds.isEmpty)
    bounds[.plotRatio] = nil
    #expect(bounds.isEmpty)
  }
}

extension IndicatorBoundsTests {
  @Test func entriesSetInAnyOrderListInDeclarationOrder() {
    var bounds = IndicatorBounds()
    for indicator in [Indicator.taxPerKWh, .investmentIntensity, .greenRatio, .plotRatio] {
      bounds[indicator] = Self.bound(indicator, min: 1)
    }
    // Positions 17, 0, 7, 2 → 0, 2, 7, 17.
    #expect(bounds.indicators == [.investmentIntensity, .plotRatio, .greenRatio, .taxPerKWh])
    bounds[.greenRatio] = nil
    #expect(bounds.indicators == [.investmentIntensity, .plotRatio, .taxPerKWh])
    #expect(bounds[.taxPerKWh]?.min?.value == 1)
  }
}
