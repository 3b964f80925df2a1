import Foundation
import Rules
import Testing
import XMLStream

/// Expressions in rule files are compiled when the file loads; an error is
/// refused with the file, line and column of the spot in the attribute
/// value, the expression, and a caret (issue 8).
@Suite struct ExpressionRuleSetTests {
  /// A rule file whose line 9 is `line9`, line 10 `line10`, and so on.
  private func ruleFile(_ lines: [String]) -> String {
    ruleFileText(id: "expr-test", lines.joined(separator: "\n"))
  }

  private func problems(_ lines: [String]) throws -> [String] {
    let directory = try TemporaryDirectory()
    let path = try directory.write("expr-test.xml", ruleFile(lines))
    return RuleSetLoader().validate(path: path).map {
      $0.description.replacingOccurrences(of: directory.path + "/", with: "")
    }
  }

  @Test func unknownNameInACustomIndicator() throws {
    // Line 10: `    <indicator name="taxPerEnergy" expr="` puts the value at
    // column 42 (4 spaces, then 37 characters); `enrgy` is 6 further: 48.
    #expect(
      try problems([
        "  <indicators>",
        #"    <indicator name="taxPerEnergy" expr="tax / enrgy" unit="10k-CNY/tce"/>"#,
        "  </indicators>",
        "  <thresholds/>",
      ]) == [
        """
        expr-test.xml:10:48: error: unknown name `enrgy`; did you mean `energy`?
            tax / enrgy
                  ^~~~~
        """
      ])
  }

  @Test func typeErrorInAConditionAfterEntities() throws {
    // Line 10: `<threshold` at column 5, `indicator="plotRatio"` 16–36,
    // `sector="C"` 38–47, `min="1"` 49–55, `when="` 57–62: the value starts
    // at column 63. In the file the value is
    // `scale == &quot;below&quot; and aeraMu &gt;= 3`: `aeraMu` is 31
    // characters in (each entity is 6), so column 94; in the expression as
    // parsed it is at offset 21, where the caret goes.
    #expect(
      try problems([
        "  <thresholds>",
        #"    <threshold indicator="plotRatio" sector="C" min="1" when="scale == &quot;below&quot; and aeraMu &gt;= 3"/>"#,
        "  </thresholds>",
      ]) == [
        """
        expr-test.xml:10:94: error: unknown name `aeraMu`; did you mean `areaMu`?
            scale == "below" and aeraMu >= 3
                                 ^~~~~~
        """
      ])
  }

  @Test func typeErrorInACondition() throws {
    // The value starts at column 63, as above; the caret spans the comparison.
    #expect(
      try problems([
        "  <thresholds>",
        #"    <threshold indicator="plotRatio" sector="C" min="1" when="scale == 3"/>"#,
        "  </thresholds>",
      ]) == [
        """
        expr-test.xml:10:63: error: `==` cannot compare a string with a number; write both sides with the same type
            scale == 3
            ^~~~~~~~~~
        """
      ])
  }

  @Test func aThresholdOnAnUnknownIndicatorIsStillRefused() throws {
    let found = try problems([
      "  <thresholds>",
      #"    <threshold indicator="taxPerEnergy" sector="C" min="1"/>"#,
      "  </thresholds>",
    ])
    #expect(found.count == 1)
    #expect(found.first?.hasPrefix("expr-test.xml:10:5: error: unknown indicator") == true)
  }

  @Test func aCustomIndicatorMayNotTakeABuiltInName() throws {
    #expect(
      try problems([
        "  <indicators>",
        #"    <indicator name="taxPerMu" expr="tax / areaMu"/>"#,
        "  </indicators>",
        "  <thresholds/>",
      ]) == [
        "expr-test.xml:10:5: error: indicator name \"taxPerMu\" is taken by a name expressions already know; choose another name"
      ])
  }

  @Test func theRuleSetHoldsTheCompiledIndicators() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "expr-test.xml",
      ruleFile([
        "  <indicators>",
        #"    <indicator name="taxPerEnergy" expr="tax / energy" unit="10k-CNY/tce" label="税/能"/>"#,
        "  </indicators>",
        "  <thresholds>",
        #"    <threshold indicator="taxPerEnergy" sector="C39" max="9" when="year &gt;= 2020"/>"#,
        "  </thresholds>",
      ]))
    let rules = try RuleSetLoader().load(path: path).get()
    #expect(rules.expressions.indicators.map(\.name) == ["taxPerEnergy"])
    #expect(rules.expressions.indicators.first?.unit == "10k-CNY/tce")
    #expect(rules.expressions.indicators.first?.label == "税/能")
    #expect(rules.expressions.rows.map(\.sector) == ["C39"])
    #expect(rules.expressions.rows.first?.condition?.source == "year >= 2020")
    #expect(rules.usesExpressions)
  }
}

extension ExpressionRuleSetTests {
  @Test func aMisspeltCustomIndicatorIsSuggested() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "expr-test.xml",
      ruleFile([
        "  <indicators>",
        #"    <indicator name="taxPerEnergy" expr="tax / energy"/>"#,
        "  </indicators>",
        "  <thresholds>",
        #"    <threshold indicator="taxPerEnrgy" sector="C" min="1"/>"#,  // line 13
        "  </thresholds>",
      ]))
    #expect(
      RuleSetLoader().validate(path: path).map(\.description) == [
        "\(path):13:5: error: unknown indicator \"taxPerEnrgy\"; expected a built-in indicator (docs/records.md) or a custom one of <indicators>: taxPerEnergy; did you mean taxPerEnergy?"
      ])
  }
}

extension ExpressionRuleSetTests {
  @Test func anAttributeOnAContinuationLineIsFound() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write(
      "wrapped.xml",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <ruleSet xmlns="urn:mujun:rules:1" id="wrapped" version="1">
      \(ruleFileMetadata)
        <thresholds>
          <threshold indicator="plotRatio" sector="C" min="1"
                     when="areaMu >= 3 and not scale"/>
        </thresholds>
      </ruleSet>
      """)
    // Line 11: `when="` takes columns 16–21, so the value starts at 22;
    // `scale` is 20 characters in: column 42.
    #expect(
      RuleSetLoader().validate(path: path).map(\.description) == [
        """
        \(path):11:42: error: `not` needs a boolean (true or false), but this is a string
            areaMu >= 3 and not scale
                                ^~~~~
        """
      ])
  }

  @Test func aChildWithoutIndicatorsInheritsItsBasesWhole() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "base-custom.xml",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <ruleSet xmlns="urn:mujun:rules:1" id="base-custom" version="1">
      \(ruleFileMetadata)
        <indicators>
          <indicator name="taxPerEnergy" expr="tax / energy"/>
        </indicators>
        <thresholds>
          <threshold indicator="taxPerEnergy" sector="C" min="2"/>
        </thresholds>
      </ruleSet>
      """)
    let child = try directory.write(
      "child.xml",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <ruleSet xmlns="urn:mujun:rules:1" id="child" version="1" base="base-custom">
      \(ruleFileMetadata)
        <thresholds/>
      </ruleSet>
      """)
    let rules = try RuleSetLoader().load(path: child).get()
    #expect(rules.expressions.indicators.map(\.name) == ["taxPerEnergy"])
    #expect(rules.expressions.rows.map(\.ruleSetID) == ["base-custom"])
  }
}
