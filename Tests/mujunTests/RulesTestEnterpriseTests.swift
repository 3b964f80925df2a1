import Foundation
import Testing

/// `mujun rules test` on a rule set that scores enterprises: its cases'
/// tables are keyed by credit code (Rules/README.md, "Test cases").
@Suite(.serialized) struct RulesTestEnterpriseTests {
  /// One above-size scheme, tax per mu against a fixed 10 with weight 100,
  /// 5 points off per tenant (enterprises only), A for the top half by
  /// rank; scoring enterprises, or parcels.
  static func rules(enterprises: Bool = true) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <ruleSet xmlns="urn:mujun:rules:1" id="ent" version="1">
      <metadata>
        <title>Test</title>
        <source>test</source>
        <classification>GB/T 4754-2017</classification>
        <locale>zh-CN</locale>
      </metadata>
      <thresholds/>
      <scoring\(enterprises ? #" unit="enterprise""# : "")>
        <scheme id="above" scale="above">
          <item indicator="taxPerMu" weight="100" benchmark="10"/>
        </scheme>
        \(enterprises ? #"<adjust points="-5 * tenants" when="tenants &gt; 0" reason="出租扣分"/>"# : "")
        <classes by="rank">
          <class name="A" upTo="0.5"/>
          <class name="D"/>
        </classes>
      </scoring>
    </ruleSet>

    """
  }

  /// P-1: 10 mu held by …X198, 2 mu of it let to …Y15H; P-2: 10 mu held
  /// by …Q14C. The codes pass their GB 32100-2015 check
  /// (Scripts/credit-code.py).
  static let records = """
    <landRecords xmlns="urn:mujun:land-records:1">
      <parcel id="P-1">
        <district code="510116">区</district>
        <area unit="mu">10</area>
        <sector code="C3981">x</sector>
        <holder creditCode="91510116MA6RT0X198" scale="above">甲</holder>
        <tenants>
          <tenant creditCode="91510116MA6RT0Y15H" area="2" unit="mu">乙</tenant>
        </tenants>
        <performance year="2024" tax="150"/>
      </parcel>
      <parcel id="P-2">
        <district code="510116">区</district>
        <area unit="mu">10</area>
        <sector code="C3981">x</sector>
        <holder creditCode="91510116MA6RT0Q14C" scale="above">丙</holder>
        <performance year="2024" tax="100"/>
      </parcel>
    </landRecords>

    """

  func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// A folder with `ent.xml` and, for each case name, `tests/ent/NAME.xml`
  /// (the records) and `NAME.expected`.
  func folder(cases: [(name: String, expected: String)]) throws -> String {
    let dir = try temporaryDirectory()
    try write(Self.rules(), to: dir + "/ent.xml")
    try FileManager.default.createDirectory(
      atPath: dir + "/tests/ent", withIntermediateDirectories: true)
    for (name, expected) in cases {
      try write(Self.records, to: dir + "/tests/ent/\(name).xml")
      try write(expected, to: dir + "/tests/ent/\(name).expected")
    }
    return dir
  }

  @Test func eachEnterpriseIsComparedByItsCreditCode() throws {
    // …X198: 10 - 2 = 8 mu, tax per mu 150/8 = 18.75, 100 x 18.75/10 =
    // 187.5, one tenant: -5, so 182.5, rank 1. …Q14C: 100/10 = 10 per mu,
    // 100 x 10/10 = 100, rank 2. Two ranked: A up to floor(0.5 x 2) = 1:
    // …X198 A, …Q14C D. …Y15H holds no land, rents 2 mu: tenant.
    let right = """
      year: 2024
      enterprise\ttrack\tclass\tscore\trank\tadjustments\tareaMu\ttaxPerMu
      91510116MA6RT0Q14C\tabove\tD\t100.0000\t2\t0\t10.0000\t10.0000
      91510116MA6RT0X198\tabove\tA\t182.5000\t1\t-5\t8.0000\t18.7500
      91510116MA6RT0Y15H\ttenant\t-\t\t-\t\t2.0000\t

      """
    let wrong = """
      # wrong on purpose: the deduction and the tenant's land forgotten
      year: 2024
      enterprise\ttrack\tclass\tscore\tareaMu
      91510116MA6RT0X198\tabove\tB\t187.5\t10
      91510116MA6RT0Q14C\tbelow\tD\t100\t10
      91510116MA6RT0W12W\tabove\tA\t1\t1

      """
    let dir = try folder(cases: [("right", right), ("wrong", wrong)])
    let result = try mujun(["rules", "test", "ent.xml"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        PASS tests/ent/right
        FAIL tests/ent/wrong
          tests/ent/wrong.expected:4: enterprise 91510116MA6RT0X198: class: expected B, got A
          tests/ent/wrong.expected:4: enterprise 91510116MA6RT0X198: score: expected 187.5, got 182.5000
          tests/ent/wrong.expected:4: enterprise 91510116MA6RT0X198: areaMu: expected 10, got 8.0000
          tests/ent/wrong.expected:5: enterprise 91510116MA6RT0Q14C: track: expected below, got above
          tests/ent/wrong.expected:6: enterprise 91510116MA6RT0W12W: expected a verdict, got none
          tests/ent/wrong.expected: enterprise 91510116MA6RT0Y15H: got a verdict (tenant), expected none: add a line for it
        1 passed, 1 failed

        """)
  }

  @Test func aTableTheRuleSetCannotGiveFails() throws {
    // Parcels have no class under a rule set that scores enterprises; an
    // enterprise table needs the year.
    let dir = try folder(cases: [
      ("classes", "parcel\tstatus\tclass\nP-1\tcompliant\tA\nP-2\tcompliant\tD\n"),
      ("noyear", "enterprise\ttrack\n91510116MA6RT0X198\tabove\n"),
      ("parcels", "# thresholds only\nparcel\tstatus\nP-1\tcompliant\nP-2\tcompliant\n"),
    ])
    let result = try mujun(["rules", "test", "ent.xml"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        FAIL tests/ent/classes
          tests/ent/classes.expected:1:1: error: column class: rule set ent scores enterprises (<scoring unit="enterprise">), so parcels have no class; check classes in a table keyed by enterprise
        FAIL tests/ent/noyear
          tests/ent/noyear.expected:1:1: error: enterprises are evaluated for one year: add a line such as year: 2024 before the header
        PASS tests/ent/parcels
        1 passed, 2 failed

        """)
  }

  @Test func aTableOfEnterprisesForARuleSetThatScoresParcelsFails() throws {
    let dir = try folder(cases: [
      ("firms", "year: 2024\nenterprise\ttrack\n91510116MA6RT0X198\tabove\n")
    ])
    // The same rule set scoring parcels.
    try write(Self.rules(enterprises: false), to: dir + "/ent.xml")
    let result = try mujun(["rules", "test", "ent.xml"], in: dir)
    #expect(result.status == 1)
    #expect(
      result.standardOutput == """
        FAIL tests/ent/firms
          tests/ent/firms.expected:2:1: error: the table is keyed by enterprise, but rule set ent scores parcels (its <scoring> has no unit="enterprise"); key the table by parcel
        0 passed, 1 failed

        """)
  }
}
