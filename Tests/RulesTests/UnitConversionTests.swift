import Expressions
import Land
import Testing
import XMLStream

@testable import Rules

@Suite struct UnitConversionTests {
  @Test(
    "investment intensity is stored per mu",
    arguments: [
      ("4500", "10k-CNY/ha", 300.0, IndicatorUnit.tenThousandCNYPerHectare),  // 1 ha = 15 mu
      ("4500", "CNY/m2", 300.0, .cnyPerSquareMetre),  // 1 万元/亩 = 15 元/m²
      ("300", "10k-CNY/mu", 300.0, .tenThousandCNYPerMu),
    ])
  func perMu(written: String, unit: String, expected: Double, writtenUnit: IndicatorUnit) throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "u.xml",
      ruleSetXML(
        id: "u",
        rows: [
          #"<threshold indicator="investmentIntensity" sector="C" min="\#(written)" unit="\#(unit)"/>"#
        ]))
    let row = try #require(try RuleSetLoader().load(path: path).get().rows.first)
    #expect(row.min == expected)
    #expect(row.writtenMin == written)
    #expect(row.writtenUnit == writtenUnit)
  }

  @Test func defaultUnitIsTheIndicatorsOwn() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "u.xml",
      ruleSetXML(id: "u", rows: [#"<threshold indicator="taxPerMu" sector="C" min=" 20 "/>"#]))
    let row = try #require(try RuleSetLoader().load(path: path).get().rows.first)
    #expect(row.min == 20)
    #expect(row.writtenMin == "20")
    #expect(row.writtenUnit == .tenThousandCNYPerMu)
  }

  @Test(arguments: [
    ("1.0", 1.0), (".5", 0.5), ("5.", 5.0), ("+2", 2.0), ("-0.25", -0.25), (" 7\n", 7.0),
  ])
  func decimals(text: String, value: Double) {
    #expect(Lexical.decimal(text) == value)
  }

  @Test(arguments: ["1,0", "1e3", "nan", "inf", "", "-", ".", "0x10", "1.2.3", "١"])
  func notDecimals(text: String) {
    #expect(Lexical.decimal(text) == nil)
  }

  @Test func dates() {
    #expect(Lexical.date("2024-02-29") == "2024-02-29")
    #expect(Lexical.date("2023-02-29") == nil)
    #expect(Lexical.date("1900-02-29") == nil)
    #expect(Lexical.date("2000-02-29") == "2000-02-29")
    #expect(Lexical.date("2008-1-31") == nil)
    #expect(Lexical.date("0000-01-01") == nil)
  }

  @Test func suggestions() {
    let names = Indicator.allCases.map(\.rawValue)
    #expect(Suggestion.closest(to: "plotratio", among: names) == "plotRatio")
    #expect(Suggestion.closest(to: "plotRatios", among: names) == "plotRatio")
    #expect(Suggestion.closest(to: "greenRate", among: names) == "greenRatio")
    #expect(Suggestion.closest(to: "floorAreaRatio", among: names) == nil)
    #expect(NameSuggestion.editDistance("kitten", "sitting") == 3)
    #expect(NameSuggestion.editDistance("", "abc") == 3)
  }
}
