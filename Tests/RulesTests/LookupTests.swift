import Land
import Testing
import XMLStream

@testable import Rules

@Suite struct LookupTests {
  let national: RuleSet

  init() throws {
    national = try RuleSetLoader().loadBundled(id: "cn-national-2008").get()
  }

  @Test(
    "the most specific sector row sets the plot-ratio minimum",
    arguments: [
      ("C2927", 1.0, "C292"),  // plastics: C292 over C29
      ("C2911", 0.8, "C291"),  // rubber: C291 over C29
      ("C2990", 0.8, "C29"),  // no group row: the division's
      ("C3971", 1.0, "C39"),
      ("C1311", 1.0, "C13"),
      ("C2511", 0.5, "C25"),
      ("C4310", 0.7, "C43"),
    ])
  func plotRatioMinimum(sector: String, value: Double, rowSector: String) throws {
    let bounds = try #require(
      national.bounds(for: sector, district: "510116", zone: nil)[.plotRatio])
    let min = try #require(bounds.min)
    #expect(min.value == value)
    #expect(min.row.sector == rowSector)
    #expect(bounds.max == nil)
  }

  @Test func allManufacturingRows() throws {
    let bounds = national.bounds(for: "C3971", district: "510116", zone: .national)
    #expect(bounds.indicators == [.plotRatio, .buildingCoefficient, .adminShare, .greenRatio])
    #expect(bounds[.buildingCoefficient]?.min?.value == 0.30)
    #expect(bounds[.buildingCoefficient]?.max == nil)
    #expect(bounds[.adminShare]?.max?.value == 0.07)
    #expect(bounds[.adminShare]?.min == nil)
    #expect(bounds[.greenRatio]?.max?.value == 0.20)
    #expect(bounds[.greenRatio]?.max?.row.sector == "C")
  }

  @Test func otherSectionsGetNothing() {
    #expect(national.bounds(for: "D4411", district: "510116", zone: nil).isEmpty)
    #expect(national.bounds(for: "", district: "510116", zone: nil).isEmpty)
  }

  @Test func oneIndicatorAgreesWithAll() {
    for sector in ["C2927", "C2911", "C3971", "D4411"] {
      let all = national.bounds(for: sector, district: "5101", zone: nil)
      for indicator in Indicator.allCases {
        let one = national.bounds(on: indicator, for: sector, district: "5101", zone: nil)
        #expect((all[indicator] ?? ApplicableBounds()) == one)
      }
    }
  }

  /// Local rows over the national set: district prefixes, zones, and the
  /// two sides of a bound from different rows.
  @Suite struct LocalRows {
    let local: RuleSet

    init() throws {
      let directory = try TemporaryDirectory()
      let path = try directory.write(
        "cd.xml",
        ruleSetXML(
          id: "cd", base: "cn-national-2008",
          rows: [
            #"<threshold indicator="investmentIntensity" sector="C" district="5101" min="300"/>"#,
            #"<threshold indicator="investmentIntensity" sector="C" district="510116" min="400"/>"#,
            #"<threshold indicator="investmentIntensity" sector="C" district="5101" zone="national" min="350"/>"#,
            #"<threshold indicator="plotRatio" sector="C" district="5101" max="3.0"/>"#,
            #"<threshold indicator="plotRatio" sector="C39" min="1.2"/>"#,
          ]))
      local = try RuleSetLoader().load(path: path).get()
    }

    @Test(
      arguments: [
        ("510116", nil, 400.0, 11),  // the 6-digit district row
        ("510116", .national, 400.0, 11),  // a longer district beats a zone
        ("510104", nil, 300.0, 10),
        ("510104", .national, 350.0, 12),  // zone given beats none at the same district length
        ("510104", .provincial, 300.0, 10),
      ] as [(String, ZoneLevel?, Double, Int)])
    func districtAndZone(district: String, zone: ZoneLevel?, value: Double, line: Int) throws {
      let min = try #require(
        local.bounds(for: "C3971", district: district, zone: zone)[.investmentIntensity]?.min)
      #expect(min.value == value)
      #expect(min.row.location.line == line)
      #expect(min.row.location.file == "cd.xml")
    }

    @Test func outsideTheDistrictNoRowApplies() {
      #expect(
        local.bounds(for: "C3971", district: "440106", zone: .national)[.investmentIntensity] == nil
      )
      #expect(local.bounds(for: "C3971", district: "", zone: nil)[.investmentIntensity] == nil)
    }

    @Test func minAndMaxFromDifferentRows() throws {
      let bounds = try #require(
        local.bounds(for: "C3971", district: "510116", zone: nil)[.plotRatio])
      let min = try #require(bounds.min)
      let max = try #require(bounds.max)
      #expect(min.value == 1.2)
      #expect(min.row.sector == "C39" && min.row.ruleSetID == "cd")
      #expect(max.value == 3.0)
      #expect(max.row.sector == "C" && max.row.district == "5101")
      // A longer sector beats a district: C292's national row, not C + 5101.
      let plastics = try #require(
        local.bounds(for: "C2927", district: "510116", zone: nil)[.plotRatio])
      #expect(plastics.min?.value == 1.0)
      #expect(plastics.min?.row.ruleSetID == "cn-national-2008")
      #expect(plastics.max?.value == 3.0)
      // Outside Chengdu only the national minimum applies.
      let elsewhere = try #require(
        local.bounds(for: "C3971", district: "440106", zone: nil)[.plotRatio])
      #expect(elsewhere.min?.value == 1.2)
      #expect(elsewhere.max == nil)
    }
  }

  /// Rows with the same key from a child and its base (possible only for a
  /// rule set built by hand: the loader drops the base's): the child's wins.
  @Test func childWinsAFullTie() throws {
    let base = RuleSetIdentity(id: "base", version: "1", sha256: "", fileName: "base.xml")
    let child = RuleSetIdentity(
      id: "child", version: "1", sha256: "", fileName: "child.xml", base: base)
    let metadata = RuleSetMetadata(
      title: "t", source: "s", classification: "GB/T 4754-2017", locale: "zh-CN")
    let rows = [
      ThresholdRow(
        indicator: .plotRatio, sector: "C39", min: 0.7,
        location: SourceLocation(file: "base.xml", line: 1, column: 1),
        ruleSetID: "base"),
      ThresholdRow(
        indicator: .plotRatio, sector: "C39", min: 1.5,
        location: SourceLocation(file: "child.xml", line: 1, column: 1), ruleSetID: "child"),
    ]
    let ruleSet = RuleSet(identity: child, metadata: metadata, rows: rows)
    let min = try #require(
      ruleSet.bounds(for: "C3971", district: "5101", zone: nil)[.plotRatio]?.min)
    #expect(min.value == 1.5)
    #expect(min.row.ruleSetID == "child")
    #expect(ruleSet.identity.lineage.map(\.id) == ["child", "base"])
  }
}

extension LookupTests {
  /// Rows by hand (``RuleSet/init(identity:metadata:rows:scoring:expressions:)``):
  /// plot-ratio minimums for C, C3981 and, with `long`, a sector code
  /// longer than a loaded rule set may have (looked up by `String`, not by
  /// packed bytes).
  static func handBuilt(long: String?) -> RuleSet {
    let at = SourceLocation(file: "r.xml", line: 1, column: 1)
    let rows = [("C", 0.5), ("C3981", 1.0)] + (long.map { [($0, 2.0)] } ?? [])
    return RuleSet(
      identity: RuleSetIdentity(id: "r", version: "1", sha256: "abc", fileName: "r.xml"),
      metadata: RuleSetMetadata(
        title: "t", source: "s", classification: "GB/T 4754-2017", locale: "zh-CN"),
      rows: rows.map { sector, min in
        ThresholdRow(indicator: .plotRatio, sector: sector, min: min, location: at, ruleSetID: "r")
      })
  }

  @Test(arguments: [nil, "C39810012"])
  func theLongestMatchingPrefixWinsHoweverLongTheCodes(long: String?) {
    let rules = Self.handBuilt(long: long)
    func minimum(_ sector: String) -> Double? {
      rules.bounds(for: sector, district: "510116", zone: nil)[.plotRatio]?.min?.value
    }
    #expect(minimum("C3981") == 1.0)
    #expect(minimum("C39819999") == 1.0)
    #expect(minimum("C398") == 0.5)
    #expect(minimum("C39810012") == (long == nil ? 1.0 : 2.0))
    #expect(minimum("D4411") == nil)
  }
}

/// A copy made for one thread looks rows up as the rule set it was made
/// from, with rows and tables of its own.
@Suite struct CopyForOneThreadTests {
  @Test(arguments: ["cn-national-2008", "chengdu-example"])
  func aCopyFindsTheSameRows(id: String) throws {
    let ruleSet = try RuleSetLoader().loadBundled(id: id).get()
    let copy = ruleSet.copyForOneThread()
    #expect(copy.rows == ruleSet.rows)
    #expect(copy.identity == ruleSet.identity)
    copy.rows.withUnsafeBufferPointer { own in
      ruleSet.rows.withUnsafeBufferPointer { shared in
        #expect(own.baseAddress != shared.baseAddress)
      }
    }
    let sectors = ["C2927", "C2911", "C3971", "C13", "C", "D4411", "X", ""]
    let districts = ["510116", "510114", "510100", "330000"]
    for sector in sectors {
      for district in districts {
        for zone in [nil, ZoneLevel.national, .provincial] {
          let mine = copy.boundingRows(for: sector, district: district, zone: zone, inputs: nil)
          let theirs = ruleSet.boundingRows(
            for: sector, district: district, zone: zone, inputs: nil)
          #expect(mine == theirs, "\(sector) \(district) \(String(describing: zone))")
        }
      }
    }
  }
}
