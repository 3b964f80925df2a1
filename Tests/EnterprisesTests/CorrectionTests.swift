import Enterprises
import Foundation
import Land
import Tables
import Testing
import XMLStream

/// Corrections (objections decided after publication): read from a file,
/// applied to the run's enterprises with the value they replace.
@Suite struct CorrectionTests {
  static func file(_ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mujun-corrections-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("corrections.csv").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func rowsAreReadWithTheirUnitsAndBadOnesReportedAtTheirCell() throws {
    let path = try Self.file(
      """
      统一社会信用代码,更正项目,更正值,更正原因,文号
      914403001922038216,实缴税金(元),"2,600,000",税务局复核,黄经信〔2025〕3号
      91110000600037341L,用地面积,6,土地复核,黄自然〔2025〕1号
      91110000600037341L,税收,,重复申报,黄经信〔2025〕4号
      91110000600037341N,税收,5,x,y
      914403001922038216,利润,5,x,y
      914403001922038216,税收,5,,y

      """)
    let read = CorrectionFile.read(path: path)
    // 2,600,000 元 ÷ 10000 = 260 万元; an empty value takes the figure away.
    #expect(read.corrections.map(\.value) == [260, 6, nil])
    #expect(read.corrections.map(\.field) == [.figure(.tax), .areaMu, .figure(.tax)])
    #expect(read.corrections.map(\.document) == ["黄经信〔2025〕3号", "黄自然〔2025〕1号", "黄经信〔2025〕4号"])
    #expect(read.corrections.first?.source == CellPlace(file: path, row: 2))
    // Row 5: the check character of 91110000600037341? is L, not N; row 6:
    // 利润 is no figure; row 7: no reason.
    #expect(
      read.problems.map(\.place) == [
        CellPlace(file: path, row: 5, column: 1), CellPlace(file: path, row: 6, column: 2),
        CellPlace(file: path, row: 7, column: 4),
      ])
    #expect(
      read.problems[2].message
        == "the reason is missing: every correction needs its reason and the document that decided it"
    )
  }

  @Test func aCorrectionReplacesTheFigureKeepsTheOldOneAndRecomputesIndicators() throws {
    // A firm of 25 mu with tax 250 (10 per mu); corrected to 260: 10.4.
    var ledger = EnterpriseLedger()
    ledger.add(
      ParcelLand(
        parcel: "P-1", location: SourceLocation(file: "t.xml", line: 2, column: 3),
        shares: [LandShare(creditCode: "914403001922038216", name: "甲", mu: 25, role: .holder)],
        figures: Performance(year: 2024, tax: 250)))
    var join = EnterpriseJoin(ledger: ledger, data: nil, year: 2024)
    let place = CellPlace(file: "c.csv", row: 2)
    let problems = join.apply([
      Correction(
        code: "914403001922038216", field: .figure(.tax), value: 260, reason: "复核",
        document: "文〔2025〕1号", source: place),
      Correction(
        code: "91110000600037341L", field: .figure(.tax), value: 1, reason: "复核",
        document: "文〔2025〕2号", source: CellPlace(file: "c.csv", row: 3)),
    ])
    let firm = try #require(join.enterprises.first)
    #expect(firm.figures[.tax] == EnterpriseFigure(value: 260, source: "c.csv:2 (文〔2025〕1号)"))
    #expect(firm.corrections.map(\.oldValue) == [250])
    #expect(firm.indicators.first { $0.indicator == .taxPerMu }?.reading == .value(260.0 / 25.0))
    // The second names no enterprise of the run.
    #expect(problems.map(\.place) == [CellPlace(file: "c.csv", row: 3)])
  }
}
