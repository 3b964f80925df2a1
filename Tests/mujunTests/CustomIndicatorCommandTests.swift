import Foundation
import Testing

/// Custom indicators through the command line (issue 8): a bad expression
/// refused by `mujun rules validate`, a good one evaluated into JSON Lines.
@Suite(.serialized) struct CustomIndicatorCommandTests {
  /// A rule file whose `<indicator>` is on line 10 with `expr` as given.
  private func ruleFile(expr: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <ruleSet xmlns="urn:mujun:rules:1" id="custom" version="1">
      <metadata>
        <title>T</title>
        <source>test</source>
        <classification>GB/T 4754-2017</classification>
        <locale>zh-CN</locale>
      </metadata>
      <indicators>
        <indicator name="taxPerEnergy" expr="\(expr)" unit="10k-CNY/tce"/>
      </indicators>
      <thresholds>
        <threshold indicator="taxPerEnergy" sector="C" min="2"/>
      </thresholds>
    </ruleSet>
    """
  }

  @Test func rulesValidateCountsCustomIndicatorsAndTheirRows() throws {
    let dir = try temporaryDirectory()
    try ruleFile(expr: "tax / energy").write(
      toFile: dir + "/custom.xml", atomically: true, encoding: .utf8)
    let result = try mujun(["rules", "validate", "custom.xml"], in: dir)
    #expect(result.status == 0)
    #expect(
      result.standardOutput
        == "custom.xml: valid: custom 1, 0 threshold rows, 1 custom indicator with 1 row\n")
  }

  @Test func rulesValidateShowsTheExpressionErrorWithACaret() throws {
    let dir = try temporaryDirectory()
    try ruleFile(expr: "tax / enrgy").write(
      toFile: dir + "/custom.xml", atomically: true, encoding: .utf8)
    let result = try mujun(["rules", "validate", "custom.xml"], in: dir)
    // rules validate exits 1 on errors (issue 8).
    #expect(result.status == 1)
    // `    <indicator name="taxPerEnergy" expr="`: the value starts at column
    // 42; `enrgy` is 6 characters in: column 48.
    #expect(
      result.standardOutput.hasPrefix(
        """
        custom.xml:10:48: error: unknown name `enrgy`; did you mean `energy`?
            tax / enrgy
                  ^~~~~

        """))
  }

  @Test func evaluateWritesTheCustomIndicatorAndItsFinding() throws {
    let dir = try temporaryDirectory()
    try ruleFile(expr: "tax / energy").write(
      toFile: dir + "/custom.xml", atomically: true, encoding: .utf8)
    try """
    <?xml version="1.0" encoding="UTF-8"?>
    <landRecords xmlns="urn:mujun:land-records:1">
      <parcel id="B">
        <district code="510116">双流区</district>
        <area unit="mu">10</area>
        <sector code="C3981">x</sector>
        <performance year="2024" tax="30" energy="20"/>
      </parcel>
    </landRecords>
    """.write(toFile: dir + "/records.xml", atomically: true, encoding: .utf8)
    let result = try mujun(
      ["evaluate", "records.xml", "--rules", "custom.xml", "--jsonl", "-"], in: dir)
    // 30 / 20 = 1.5 < 2: noncompliant.
    #expect(result.standardOutput.hasPrefix(#"{"parcel":"B","status":"noncompliant""#))
    #expect(result.standardOutput.contains(#""taxPerKWh":null,"taxPerEnergy":1.5},"findings":"#))
    #expect(
      result.standardOutput.contains(
        #"{"indicator":"taxPerEnergy","status":"fail","value":1.5,"min":2.0,"unit":"10k-CNY/tce","rule":"custom.xml:13","ruleSet":"custom","message":"taxPerEnergy 1.5 10k-CNY/tce is below the minimum 2 10k-CNY/tce for sector C (custom.xml:13)"}"#
      ))
    #expect(!result.standardOutput.contains("no threshold of custom applies"))
  }
}
