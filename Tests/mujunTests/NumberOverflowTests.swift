import Foundation
import Testing

/// Figures near the largest number a Double holds (and zeros) give no NaN
/// or infinity in any output: a quotient that overflows or divides by zero
/// is no data with the reason; a score that overflows is no data too.
/// Once, such figures hung the HTML report (an endless loop scaling a
/// histogram over an infinite span) and printed "inf" in messages.
@Suite(.serialized) struct NumberOverflowTests {
  static let big = "1" + String(repeating: "0", count: 300)  // 1e300
  static let huge = "17" + String(repeating: "0", count: 307)  // 1.7e308, near the largest

  static let document = """
    <?xml version="1.0" encoding="UTF-8"?>
    <landRecords xmlns="urn:mujun:land-records:1" asOf="2025-03-31">
      <parcel id="TINY-AREA">
        <district code="510116">双流区</district>
        <area unit="m2">0.0000000001</area>
        <sector code="C3971">电子元件</sector>
        <holder creditCode="91510116MA61Q8K34E" scale="above">甲</holder>
        <investment fixedAssets="\(big)"/>
        <performance year="2024" revenue="\(big)" output="\(big)" valueAdded="\(big)" tax="\(big)" energy="1" electricity="1" emissions="1" rnd="\(big)" employees="1"/>
      </parcel>
      <parcel id="HUGE-SUMS">
        <district code="510116">双流区</district>
        <area unit="m2">30000</area>
        <sector code="C3971">电子元件</sector>
        <holder creditCode="91510116MA61Q8K34F" scale="above">乙</holder>
        <site unit="m2" greenArea="\(huge)" adminArea="\(huge)" structureArea="\(huge)" yardArea="\(huge)"/>
        <buildings>
          <building id="B1" use="production" footprint="\(huge)" floorArea="\(huge)" storeys="2" height="15.5"/>
          <building id="B2" use="production" footprint="\(huge)" floorArea="\(huge)" storeys="2" height="15.5"/>
        </buildings>
        <investment fixedAssets="\(huge)"/>
        <performance year="2024" revenue="\(huge)" output="\(huge)" valueAdded="\(huge)" tax="\(huge)" energy="\(huge)" electricity="\(huge)" emissions="\(huge)" rnd="\(huge)" employees="1"/>
      </parcel>
      <parcel id="ZEROES">
        <district code="510116">双流区</district>
        <area unit="m2">30000</area>
        <sector code="C3971">电子元件</sector>
        <holder creditCode="91510116MA61Q8K34G" scale="above">丙</holder>
        <investment fixedAssets="0"/>
        <performance year="2024" revenue="0" output="0" valueAdded="0" tax="0" energy="0" electricity="0" emissions="0" rnd="0" employees="0"/>
      </parcel>
    </landRecords>

    """

  /// A number that is not one: nan, inf or infinity as a word of its own.
  static func nonFinite(in text: String) -> [String] {
    let words = text.lowercased().split { !($0.isLetter && $0.isASCII) }
    return words.filter { $0 == "nan" || $0 == "inf" || $0 == "infinity" }.map(String.init)
  }

  @Test(arguments: [
    "Rules/cn-national-2008.xml", "Tests/Corpus/rules/chengdu-example-parcels.xml",
    "Tests/Corpus/rules/zj-huangyan-2022-parcels.xml",
  ])
  func noNaNOrInfinityInAnyOutput(rules: String) throws {
    let dir = try temporaryDirectory()
    try Self.document.write(toFile: dir + "/records.xml", atomically: false, encoding: .utf8)
    let result = try mujun([
      "evaluate", dir + "/records.xml", "--rules", rules, "--as-of", "2025-03-31",
      "--jsonl", dir + "/v.jsonl", "--csv", dir + "/v.csv", "--html", dir + "/r.html",
    ])
    #expect(result.status == 0, "\(result.standardError)")
    for name in ["v.jsonl", "v.csv", "r.html"] {
      let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
      #expect(Self.nonFinite(in: text).isEmpty, "\(rules): \(name)")
    }
    #expect(Self.nonFinite(in: result.standardError).isEmpty)
    let lines = try String(contentsOfFile: dir + "/v.jsonl", encoding: .utf8)
      .split(separator: "\n").map { String($0) }
    #expect(lines.count == 3)
    // 1e300 (10k CNY) over 1e-10 m2 = 1.5e-13 mu is 6.7e312 per mu: too large.
    #expect(lines[0].contains(#""investmentIntensity":"the quotient is too large to represent""#))
    // Two floor areas of 1.7e308 add up past the largest number.
    #expect(lines[1].contains(#""plotRatio":"the quotient is too large to represent""#))
    // A zero divisor is no data naming the figure.
    #expect(lines[2].contains(#""laborProductivity":"the employees figure for 2024 is 0""#))
  }

  /// The bundled rule sets score enterprises: the same figures give no NaN
  /// or infinity in the enterprise outputs and the report's enterprise
  /// section either.
  @Test(arguments: ["Rules/chengdu-example.xml", "Rules/zj-huangyan-2022.xml"])
  func noNaNOrInfinityInTheEnterpriseOutputs(rules: String) throws {
    let dir = try temporaryDirectory()
    try Self.document.write(toFile: dir + "/records.xml", atomically: false, encoding: .utf8)
    let result = try mujun([
      "evaluate", dir + "/records.xml", "--rules", rules, "--year", "2024",
      "--enterprises", dir + "/e.jsonl", "--enterprises-csv", dir + "/e.csv",
      "--html", dir + "/r.html",
    ])
    // Two of the three credit codes fail their check character (…34F and
    // …34G; GB 32100-2015 gives …34E): a data error, so status 2.
    #expect(result.status == 2, "\(result.standardError)")
    for name in ["e.jsonl", "e.csv", "r.html"] {
      let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
      #expect(Self.nonFinite(in: text).isEmpty, "\(rules): \(name)")
    }
    #expect(Self.nonFinite(in: result.standardError).isEmpty)
    let lines = try String(contentsOfFile: dir + "/e.jsonl", encoding: .utf8)
      .split(separator: "\n")
    #expect(lines.count == 3)
  }
}
