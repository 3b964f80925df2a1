import Foundation
import Testing

/// `mujun evaluate … --enterprises` on the small county of
/// `Tests/Corpus/enterprises` under its scoring rule set (enterprise
/// scoring, Rules/README.md "Scoring enterprises"), with and without the
/// corrections file. Every expected value is worked out by hand in that
/// folder's README.md; the comments here repeat the working.
@Suite(.serialized) struct EnterpriseCommandTests {
  @Test func everyFirmOnceSortedWithItsTrackLandScoreClassAndRank() throws {
    let result = try County.evaluate2024(["--enterprises", "-"])
    // No rejected record and no data error.
    #expect(result.status == 0, "\(result.standardError)")
    let lines = try County.lines(text: result.standardOutput)
    // records.md 1.1: every code met as holder, tenant or in a data row,
    // once each, sorted by code. 10 holders, 租 only renting, 数 only in
    // the data file.
    #expect(lines.map(\.enterprise) == County.all2024)
    #expect(lines.allSatisfy { $0.year == 2024 && $0.errors.isEmpty })
    let firms = County.byCode(lines)

    // Tracks (README "Tracks"): 规上 holders above, 辛 壬 below (5 and 10
    // mu ≥ minMu 3), 癸 small (2 mu < 3), 租 tenant, 数 unscored.
    let tracks = County.all2024.map { firms[$0]?.track }
    #expect(
      tracks == [
        "above", "above", "above", "above", "above", "above", "above", "below", "below", "small",
        "unscored", "tenant",
      ])

    // Land: EP-01 is 20000 m² = 30 mu; 租 rents 4000 of its 16000 m² of
    // floor area as built (B2, one storey 12 m high, is not doubled):
    // 30 × 4000 ÷ 16000 = 7.5 mu; 乙 rents 1000 m² = 1.5 mu; 甲 keeps
    // 30 − 7.5 − 1.5 = 21. 乙: 18.5 held + 1.5 rented = 20. 己: 1 ha = 15.
    let a1 = try #require(firms[County.a1])
    #expect(a1.land == [EnterpriseLine.Land(parcel: "EP-01", mu: 21, as: "holder")])
    let a2 = try #require(firms[County.a2])
    #expect(
      a2.land.sorted { $0.parcel < $1.parcel } == [
        EnterpriseLine.Land(parcel: "EP-01", mu: 1.5, as: "tenant"),
        EnterpriseLine.Land(parcel: "EP-02", mu: 18.5, as: "holder"),
      ])
    let tenant = try #require(firms[County.tenant])
    #expect(tenant.land == [EnterpriseLine.Land(parcel: "EP-01", mu: 7.5, as: "tenant")])
    let areas = County.all2024.map { firms[$0]?.areaMu ?? -1 }
    #expect(areas == [21, 20, 10, 25, 14, 15, 10, 5, 10, 2, 0, 7.5])
    // 乙's sector and district are those of EP-02, which gives it the most
    // land (18.5 > 1.5 mu); its completion the earliest of the parcels it
    // holds, EP-02's 2014-09-30, not EP-01's 2009-06-30, which it rents.
    #expect(a2.sector == "C3419" && a2.district == "331003" && a2.completed == "2014-09-30")
    #expect(a1.sector == "C2927" && a1.completed == "2009-06-30")
    // 租 holds nothing: EP-01's sector, no completion; its scale from the
    // data file's 规模 (规下), as 数's.
    #expect(tenant.sector == "C2927" && tenant.completed == nil && tenant.scale == "below")
    #expect(firms[County.dataOnly]?.scale == "below" && firms[County.dataOnly]?.sector == nil)
    #expect(a1.scale == "above" && firms[County.b1]?.scale == "below")

    // Above: cohort tax per mu (630 + 400 + 400 + 200 + 70 + 300) ÷ 100 =
    // 20 (己 exempt, left out; 庚 vetoed, counted), mean value added per
    // mu 480 ÷ 6 = 80. 甲 60 × 30 ÷ 20 + 40 × 100 ÷ 80 − 5 (two tenant
    // firms) = 135; 乙 60 + 40 = 100; 丙 120 + 30 = 150; 丁 24 + 50 = 74;
    // 戊 15 + 10 = 25. Ranks 丙 甲 乙 丁 戊, classes A B B C D (A to ⌊1⌋,
    // B to ⌊3⌋, C to ⌊4.75⌋ = 4).
    let ranked: [(String, Double, String, Int)] = [
      (County.a3, 150, "A", 1), (County.a1, 135, "B", 2), (County.a2, 100, "B", 3),
      (County.a4, 74, "C", 4), (County.a5, 25, "D", 5),
    ]
    for (code, score, rating, rank) in ranked {
      let firm = try #require(firms[code])
      #expect(closeTo4(firm.score, score), "\(code) score \(String(describing: firm.score))")
      #expect(firm.class == rating, "\(code)")
      #expect(
        firm.rank == rank && firm.of == 5, "\(code) rank \(firm.rank ?? 0) of \(firm.of ?? 0)")
    }
    let a1Items = try #require(a1.scoring?.items)
    #expect(a1Items.map(\.indicator) == ["taxPerMu", "valueAddedPerMu"])
    #expect(isClose(a1Items[0].benchmark, 20) && isClose(a1Items[1].benchmark, 80))
    #expect(isClose(a1Items[0].score, 90) && isClose(a1Items[1].score, 50))
    #expect(a1.scoring?.adjustments?.map(\.points) == [-5])
    #expect(a1.scoring?.adjustments?.map(\.reason) == ["出租扣分（规上）"])
    // 乙 lets nothing: −5 × max(0, 0 − 1) = 0, no adjustment.
    #expect(a2.scoring?.adjustments?.isEmpty ?? true)

    // Below: cohort (30 + 30) ÷ 15 = 4, × factor 2 = 8; 辛 100 × 6 ÷ 8 =
    // 75, B (rank 1 ≤ ⌊1.2⌋); 壬 100 × 3 ÷ 8 = 37.5, D.
    let b1 = try #require(firms[County.b1])
    #expect(isClose(b1.scoring?.items.first?.benchmark, 8))
    #expect(closeTo4(b1.score, 75) && b1.class == "B" && b1.rank == 1 && b1.of == 2)
    let b2 = try #require(firms[County.b2])
    #expect(closeTo4(b2.score, 37.5) && b2.class == "D" && b2.rank == 2 && b2.of == 2)

    // 己, exempt by its code: scored (60 × 1 ÷ 20 + 40 × 10 ÷ 80 = 8),
    // class T, no rank.
    let exempt = try #require(firms[County.exempt])
    #expect(closeTo4(exempt.score, 8) && exempt.class == "T")
    #expect(exempt.rank == nil && exempt.of == nil)
    #expect(exempt.exemption?.hasPrefix("保护期") == true)
    // 庚, the veto on its parcel's 2024 event: D whatever its 150, no rank.
    let vetoed = try #require(firms[County.vetoed])
    #expect(closeTo4(vetoed.score, 150) && vetoed.class == "D")
    #expect(vetoed.rank == nil && vetoed.of == nil)
    #expect(vetoed.scoring?.veto?.hasPrefix("重大环境事件") == true)

    // Listed apart, not ranked: 租 (tenant), 癸 (small), 数 (no land).
    for code in [County.tenant, County.small, County.dataOnly] {
      let firm = try #require(firms[code])
      #expect(firm.score == nil && firm.class == nil && firm.rank == nil && firm.of == nil)
    }
    #expect(tenant.notes == ["holds no land, only rents: listed apart, not ranked"])
    #expect(firms[County.dataOnly]?.notes == ["no land in the records"])
    // No land, so no per-mu indicator: taxPerMu has no value (null, not 0).
    #expect((firms[County.dataOnly]?.indicators["taxPerMu"] ?? nil) == nil)
  }

  @Test func figuresComeFromTheDataFileOverTheRecordsInTheirDefaultUnits() throws {
    let result = try County.evaluate2024(["--enterprises", "-"])
    let firms = County.byCode(try County.lines(text: result.standardOutput))
    // 丁's tax: 180 in EP-04's record, 2,000,000 元 = 200 万元 on line 3
    // of the data file (line 1 a title, line 2 the header).
    let a4 = try #require(firms[County.a4])
    #expect(a4.figures["tax"]?.value == 200)
    #expect(a4.figures["tax"]?.source == County.data + ":3")
    // 300 万千瓦时 = 3,000,000 kWh; tax per kWh 200 × 10000 元 ÷ 3,000,000 kWh.
    #expect(a4.figures["electricity"]?.value == 3_000_000)
    #expect(isClose(a4.indicators["taxPerKWh"] ?? nil, 2.0 / 3.0))
    // 丁's value added from its record (EP-04 starts on line 40).
    #expect(a4.figures["valueAdded"]?.value == 2500)
    #expect(a4.figures["valueAdded"]?.source == County.records + ":40")
    // 租's electricity in full-width digits: ２０ 万千瓦时 = 200,000 kWh.
    #expect(firms[County.tenant]?.figures["electricity"]?.value == 200_000)
    // 数's empty electricity cell: no data, not an error.
    let dataOnly = try #require(firms[County.dataOnly])
    #expect(dataOnly.figures["electricity"] == nil && dataOnly.errors.isEmpty)
    #expect(dataOnly.figures["tax"]?.value == 5)
  }

  @Test func correctionsReplaceAFigureAndTheLandAndReportABadRowAtItsCell() throws {
    let result = try County.evaluate2024([
      "--corrections", County.corrections, "--enterprises", "-",
    ])
    // The row without its document number is an error of the data: status 2.
    #expect(result.status == 2)
    #expect(
      result.standardError.split(separator: "\n").contains(
        "\(County.corrections):4:5: error: the document number is missing: every correction needs its reason and the document that decided it"
      ))
    // Line 5 names a valid code of no firm of the run: reported, not applied.
    let stray = "91331003MA2E1099XD"
    #expect(result.standardError.contains("\(stray) is no enterprise of this run"))
    #expect(
      result.standardError.split(separator: "\n").contains {
        $0.hasPrefix("\(County.corrections):5:1: error: \(stray) ")
      })
    let firms = County.byCode(try County.lines(text: result.standardOutput))
    #expect(firms[stray] == nil)

    // 乙: 实缴税金(元) 5,120,000 → 512 万元, before 400 (its record).
    let a2 = try #require(firms[County.a2])
    let taxCorrection = try #require(a2.corrections?.first)
    #expect(a2.corrections?.count == 1)
    #expect(taxCorrection.field == "tax" && taxCorrection.old == 400 && taxCorrection.new == 512)
    #expect(taxCorrection.reason == "税务部门补录2024年12月入库税款")
    #expect(taxCorrection.document == "黄经信〔2025〕12号")
    #expect(taxCorrection.source == County.corrections + ":2")
    #expect(a2.figures["tax"]?.value == 512)
    // docs/enterprises.md: the figure's source becomes the corrections
    // file's row and the document number.
    let taxSource = a2.figures["tax"]?.source ?? ""
    #expect(taxSource.contains(County.corrections + ":2") && taxSource.contains("黄经信〔2025〕12号"))
    #expect(isClose(a2.indicators["taxPerMu"] ?? nil, 25.6))

    // 戊: 用地面积 14 → 10 mu; 70 ÷ 10 = 7 and 280 ÷ 10 = 28 per mu.
    let a5 = try #require(firms[County.a5])
    let areaCorrection = try #require(a5.corrections?.first)
    #expect(areaCorrection.field == "areaMu" && areaCorrection.old == 14)
    #expect(areaCorrection.new == 10 && areaCorrection.document == "黄自然资〔2025〕3号")
    #expect(a5.areaMu == 10)
    #expect(isClose(a5.indicators["taxPerMu"] ?? nil, 7))
    #expect(isClose(a5.indicators["valueAddedPerMu"] ?? nil, 28))

    // 丙's row is not applied: its value added stays 600, no corrections.
    let a3 = try #require(firms[County.a3])
    #expect(a3.figures["valueAdded"]?.value == 600 && a3.corrections == nil)

    // Scores again: cohort 2112 ÷ 96 = 22, mean value added per mu
    // (100 + 80 + 60 + 100 + 28 + 120) ÷ 6 = 488 ÷ 6.
    let meanValueAdded = 488.0 / 6.0
    func score(_ taxPerMu: Double, _ valueAddedPerMu: Double, adjust: Double = 0) -> Double {
      60 * taxPerMu / 22 + 40 * valueAddedPerMu / meanValueAdded + adjust
    }
    let expected: [(String, Double, String, Int)] = [
      (County.a3, score(40, 60), "A", 1),  // 138.5991
      (County.a1, score(30, 100, adjust: -5), "B", 2),  // 125.9985
      (County.a2, score(25.6, 80), "B", 3),  // 109.1624, was 100
      (County.a4, score(8, 100), "C", 4),  // 70.9985
      (County.a5, score(7, 28), "D", 5),  // 32.8614, was 25
    ]
    for (code, value, rating, rank) in expected {
      let firm = try #require(firms[code])
      #expect(closeTo4(firm.score, value), "\(code) \(String(describing: firm.score)) ≠ \(value)")
      #expect(firm.class == rating && firm.rank == rank && firm.of == 5, "\(code)")
    }
    #expect(isClose(a2.scoring?.items.first?.benchmark, 22))
    #expect(isClose(a2.scoring?.items.last?.benchmark, meanValueAdded))
  }
}
