import Foundation
import Testing

/// `mujun conditions` and `mujun check --draft` against the built-in
/// national rule set (cn-national-2008): for sector C3981, plot ratio ≥ 1
/// (row 49), building coefficient ≥ 0.3 (54), admin share ≤ 0.07 (55),
/// green ratio ≤ 0.2 (56).
@Suite(.serialized) struct ConditionsAndDraftCommandTests {
  @Test func conditionsListsEveryApplicableThresholdWithItsRow() throws {
    let result = try mujun(["conditions", "--sector", "C3981", "--district", "510116"])
    #expect(result.status == 0)
    for expected in [
      "容积率", "≥ 1", "cn-national-2008.xml:49", "建筑系数", "≥ 0.3", "cn-national-2008.xml:54",
      "≤ 0.07", "cn-national-2008.xml:55", "绿地率", "≤ 0.2", "cn-national-2008.xml:56",
    ] {
      #expect(result.standardOutput.contains(expected), "missing \(expected)")
    }
  }

  @Test func conditionsRejectsAMalformedDistrictCode() throws {
    let result = try mujun(["conditions", "--sector", "C3981", "--district", "51a"])
    #expect(result.status == 64)
    #expect(
      result.standardError.contains(
        "--district 51a is not a GB/T 2260 code; give 2 to 6 digits, e.g. 510116"))
  }

  func draft(greenMax: String) throws -> String {
    let path = try temporaryDirectory() + "/draft.xml"
    try """
    <landRecords xmlns="urn:mujun:land-records:1">
      <parcel id="D-1">
        <district code="510116">双流区</district>
        <area unit="m2">30000</area>
        <sector code="C3981">x</sector>
        <contract>
          <commitment indicator="plotRatio" min="1.2" max="3.0"/>
          <commitment indicator="buildingCoefficient" min="0.3"/>
          <commitment indicator="adminShare" max="0.07"/>
          <commitment indicator="greenRatio" max="\(greenMax)"/>
        </contract>
      </parcel>
    </landRecords>
    """.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func aDraftLooserThanTheRuleSetExits1NamingTheThreshold() throws {
    let path = try draft(greenMax: "0.25")
    let result = try mujun(["check", "--draft", path])
    #expect(result.status == 1)
    #expect(
      result.standardOutput
        == "\(path):2:3: error: greenRatio: the draft's maximum 0.25 is looser than the maximum 0.2 for sector C (cn-national-2008.xml:56)\n"
    )
  }

  @Test func aDraftAtLeastAsStrictExits0() throws {
    let path = try draft(greenMax: "0.15")
    let result = try mujun(["check", "--draft", path])
    #expect(result.status == 0)
    #expect(
      result.standardOutput
        == "D-1: the draft meets every threshold of cn-national-2008 that applies\n")
  }

  @Test func checkNeedsAnAsOfDateOrDraft() throws {
    let result = try mujun(["check", "SampleParcels/contracts-2025.xml"])
    #expect(result.status == 64)
    #expect(
      result.standardError.contains(
        "give the date to check as of, e.g. --as-of 2025-03-31 (or --draft for an unsigned contract)"
      ))
  }
}
