import Foundation
import Rules
import Testing
import XMLStream

/// Scoring items may name a custom indicator of the rule set's
/// `<indicators>` (the base's when the file has none); any other name is
/// refused with "did you mean" over built-in and custom names.
@Suite struct CustomScoringItemRuleSetTests {
  /// A rule file `id` (base `base`, if any) with `body` from line 9 on.
  private func file(_ id: String, base: String? = nil, _ body: String) -> String {
    ruleFileText(id: id, base: base, body)
  }

  /// `<indicators>` with taxPerEnergy on lines 9–11, a scheme whose one
  /// item, on line 15 at column 7, names `item`.
  private func scoring(item: String) -> String {
    """
      <indicators>
        <indicator name="taxPerEnergy" expr="tax / energy" unit="10k-CNY/tce"/>
      </indicators>
    \(scheme(item: item))
    """
  }

  /// No thresholds, and a scheme whose one item names `item`.
  private func scheme(item: String) -> String {
    """
      <thresholds/>
      <scoring>
        <scheme id="all">
          <item indicator="\(item)" weight="100" benchmark="2"/>
        </scheme>
      </scoring>
    """
  }

  @Test func anItemMayNameACustomIndicatorWithItsUnit() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "custom-item.xml", file("custom-item", scoring(item: "taxPerEnergy")))
    let rules = try RuleSetLoader().load(path: path).get()
    let item = try #require(rules.scoring?.schemes.first?.items.first)
    #expect(item.scored == .custom(name: "taxPerEnergy", unit: "10k-CNY/tce"))
    #expect(item.name == "taxPerEnergy")
    #expect(item.indicator == nil)
  }

  @Test func anUnknownItemIsRefusedWithTheCustomNamesAndASuggestion() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "custom-item.xml", file("custom-item", scoring(item: "taxPerEnrgy")))
    #expect(
      RuleSetLoader().validate(path: path).map(\.description) == [
        "\(path):15:7: error: unknown indicator \"taxPerEnrgy\"; expected a built-in indicator (docs/records.md) or a custom one of <indicators>: taxPerEnergy; did you mean taxPerEnergy?"
      ])
  }

  @Test func aChildWithoutIndicatorsScoresItsBasesCustomIndicator() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "base-custom.xml",
      file(
        "base-custom",
        """
          <indicators>
            <indicator name="taxPerEnergy" expr="tax / energy" unit="10k-CNY/tce"/>
          </indicators>
          <thresholds/>
        """))
    let child = try directory.write(
      "child.xml",
      file("child", base: "base-custom", scheme(item: "taxPerEnergy")))
    let rules = try RuleSetLoader().load(path: child).get()
    #expect(
      rules.scoring?.schemes.first?.items.map(\.scored) == [
        .custom(name: "taxPerEnergy", unit: "10k-CNY/tce")
      ])
  }

  @Test func anInheritedItemTheChildsIndicatorsNoLongerDeclareIsRefused() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "base-custom.xml", file("base-custom", scoring(item: "taxPerEnergy")))
    let child = try directory.write(
      "child.xml",
      file(
        "child", base: "base-custom",
        """
          <indicators>
            <indicator name="outputPerTce" expr="output / energy"/>
          </indicators>
          <thresholds/>
        """))
    // The child's <indicators> replace the base's whole, so the base's item
    // (base-custom.xml, line 15, column 7) names nothing; no name is within
    // two edits of taxPerEnergy, so there is no suggestion.
    #expect(
      RuleSetLoader().validate(path: child).map(\.description) == [
        "base-custom.xml:15:7: error: unknown indicator \"taxPerEnergy\"; expected a built-in indicator (docs/records.md) or a custom one of <indicators>: outputPerTce"
      ])
  }
}
