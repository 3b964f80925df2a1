import Foundation
import Testing

/// The publication outputs of an enterprise run on the small county of
/// `Tests/Corpus/enterprises` (README.md there works the values out): the
/// workbook (`--xlsx`), the one-firm sheets (`--sheets`, and `check
/// --enterprise CODE --html`) and `check --enterprise CODE` on the terminal.
@Suite(.serialized) struct EnterpriseOutputCommandTests {
  @Test func theWorkbookListsEachTrackTheApartFirmsAndTheDataCheck() throws {
    let dir = try temporaryDirectory()
    let result = try County.evaluate2024(["--xlsx", dir + "/a.xlsx"])
    #expect(result.status == 0, "\(result.standardError)")
    let sheets = try workbookSheets(dir + "/a.xlsx")
    // A sheet per track in the schemes' order, then the exempt and vetoed
    // firms, the firms not ranked, the join report's findings.
    #expect(sheets.map(\.name) == ["规上企业", "规下企业", "不定等级及否决", "未排名企业", "数据核对"])
    guard sheets.count == 5 else { return }

    // 规上企业: two title rows, the header on row 3, then by rank:
    // 丙 150 A, 甲 135 B, 乙 100 B, 丁 74 C, 戊 25 D (README, "Above").
    let above = sheets[0].rows
    #expect(
      above[3]?.prefix(9) == ["组", "排名", "等级", "得分", "统一社会信用代码", "企业名称", "区县", "行业", "用地面积（亩）"])
    #expect(
      (4...8).map { above[$0]?[4] } == [County.a3, County.a1, County.a2, County.a4, County.a5])
    #expect(above[9] == nil)
    let header = above[3] ?? []
    func cell(_ row: Int, _ title: String) -> String {
      guard let column = header.firstIndex(of: title), let cells = above[row],
        column < cells.count
      else { return "" }
      return cells[column]
    }
    func number(_ row: Int, _ title: String) -> Double? { Double(cell(row, title)) }
    // 丙 (row 4): rank 1, A, 150 on 10 mu of C3982 in 331003; tax per mu
    // 400 ÷ 10 = 40, value added per mu 600 ÷ 10 = 60; no revenue, no
    // electricity: those cells empty.
    #expect(cell(4, "排名") == "1" && cell(4, "等级") == "A" && number(4, "得分") == 150)
    #expect(cell(4, "企业名称") == "示例丙电子有限公司")
    #expect(cell(4, "区县") == "331003" && cell(4, "行业") == "C3982")
    #expect(number(4, "用地面积（亩）") == 10)
    #expect(number(4, "亩均税收（万元/亩）") == 40 && number(4, "亩均增加值（万元/亩）") == 60)
    #expect(cell(4, "亩均营业收入（万元/亩）") == "" && cell(4, "单位电耗税收（元/千瓦时）") == "")
    // 丁 (row 7): rank 4, C, 74 on 25 mu of C2661; 200 ÷ 25 = 8 and
    // 2500 ÷ 25 = 100 per mu; tax per kWh 2,000,000 元 ÷ 3,000,000 kWh.
    #expect(cell(7, "排名") == "4" && cell(7, "等级") == "C" && number(7, "得分") == 74)
    #expect(cell(7, "企业名称") == "示例丁化工有限公司" && cell(7, "行业") == "C2661")
    #expect(number(7, "用地面积（亩）") == 25)
    #expect(number(7, "亩均税收（万元/亩）") == 8 && number(7, "亩均增加值（万元/亩）") == 100)
    #expect(isClose(number(7, "单位电耗税收（元/千瓦时）"), 2.0 / 3.0))

    // 规下企业: 辛 (B, rank 1), 壬 (D, rank 2).
    let below = sheets[1].rows
    #expect((4...5).map { below[$0]?[4] } == [County.b1, County.b2])
    #expect(below[4]?[2] == "B" && below[5]?[2] == "D")

    // 不定等级及否决, by code: 己 (T, 保护期), 庚 (D, the veto).
    let apart = sheets[2].rows
    #expect(apart[3] == ["统一社会信用代码", "企业名称", "名单", "等级", "得分", "原因"])
    #expect(apart[4]?.prefix(4) == [County.exempt, "示例己新材料有限公司", "规上企业", "T"])
    #expect(apart[4]?.last?.hasPrefix("保护期") == true)
    #expect(apart[5]?.prefix(4) == [County.vetoed, "示例庚印染有限公司", "规上企业", "D"])
    #expect(apart[5]?.last?.hasPrefix("重大环境事件") == true)
    #expect(apart[6] == nil)

    // 未排名企业, by code: 癸 (2 mu, small), 数 (no land), 租 (7.5 mu rented).
    let unranked = sheets[3].rows
    #expect(unranked[4]?.prefix(3) == [County.small, "示例癸工艺品厂", "规下企业（用地不足）"])
    #expect(unranked[4].map { Double($0[3]) } == 2)
    #expect(unranked[5]?.prefix(3) == [County.dataOnly, "示例数据科技有限公司", "未评价企业"])
    #expect(unranked[5]?[4] == "no land in the records")
    #expect(unranked[6]?.prefix(3) == [County.tenant, "示例租户五金加工厂", "租赁企业"])
    #expect(unranked[6].map { Double($0[3]) } == 7.5)
    #expect(unranked[7] == nil)

    // 数据核对: 数's code has no land (data file line 7); 甲 乙 丙 己 辛 壬 癸
    // have land and no data row. No data problem.
    let check = sheets[4].rows
    let found = check.keys.sorted().dropFirst(3).compactMap { check[$0] }
    #expect(found.first?.prefix(3) == ["数据有、无用地", County.dataOnly, County.data + ":7"])
    #expect(
      found.filter { $0.first == "有用地、无数据" }.map { $0[1] } == [
        County.a1, County.a2, County.a3, County.exempt, County.b1, County.b2, County.small,
      ])
    #expect(found.count == 8)
  }

  @Test func theSameInputsGiveTheSameWorkbookByteForByte() throws {
    let dir = try temporaryDirectory()
    // PublicationWorkbook: the document's time is 31 December of the year.
    _ = try County.evaluate2024(["--xlsx", dir + "/first.xlsx"])
    _ = try County.evaluate2024(["--xlsx", dir + "/second.xlsx"])
    let first = try Data(contentsOf: URL(fileURLWithPath: dir + "/first.xlsx"))
    let second = try Data(contentsOf: URL(fileURLWithPath: dir + "/second.xlsx"))
    #expect(!first.isEmpty && first == second)
  }

  /// 甲's sheet: its code, class B and the confirmation block to sign.
  @Test func eachFirmHasASheetAndCheckWritesTheSameOne() throws {
    let dir = try temporaryDirectory()
    let result = try County.evaluate2024(["--sheets", dir + "/sheets"])
    #expect(result.status == 0, "\(result.standardError)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/sheets").sorted()
    #expect(names == County.all2024.map { $0 + ".html" })
    // The classes of README's tables; nil: not scored.
    let classes: [String: String] = [
      County.a1: "B", County.a2: "B", County.a3: "A", County.a4: "C", County.a5: "D",
      County.exempt: "T", County.vetoed: "D", County.b1: "B", County.b2: "D",
    ]
    for code in County.all2024 {
      let page = try String(contentsOfFile: dir + "/sheets/\(code).html", encoding: .utf8)
      #expect(page.contains("<dd class=\"digest\">\(code)</dd>"), "\(code)")
      #expect(page.contains("<section class=\"confirm\">"), "\(code)")
      #expect(page.contains("企业确认") && page.contains("以上数据经核对无误"), "\(code)")
      if let rating = classes[code] {
        #expect(page.contains("cls big cls-\(rating)\">\(rating)类"), "\(code)")
      } else {
        #expect(!page.contains("cls big"), "\(code)")
      }
    }
    // check --enterprise writes 甲's sheet; neither has a time (no
    // --stamp), and neither run keeps a history, so the pages are equal.
    let check = try mujun([
      "check", County.records, "--enterprise", County.a1, "--year", "2024", "--rules",
      County.rules, "--data", County.data, "--html", dir + "/a1.html",
    ])
    #expect(check.status == 0, "\(check.standardError)")
    let fromCheck = try Data(contentsOf: URL(fileURLWithPath: dir + "/a1.html"))
    let fromRun = try Data(contentsOf: URL(fileURLWithPath: dir + "/sheets/\(County.a1).html"))
    #expect(fromCheck == fromRun)
  }

  @Test func checkShowsOneFirmOnTheTerminal() throws {
    let result = try mujun([
      "check", County.records, "--enterprise", County.a1, "--year", "2024", "--rules",
      County.rules, "--data", County.data,
    ])
    #expect(result.status == 0, "\(result.standardError)")
    // Columns padded to their widest cell, two spaces apart (PlainTable).
    let lines = result.standardOutput.split(separator: "\n").map {
      $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
    for line in [
      "\(County.a1) 示例甲塑业有限公司 2024",
      "名单 above", "规模 above", "行业 C2927", "用地（亩） 21.0",
      "EP-01 持有 21.0 \(County.records):5:3",
      "tax 630.0 \(County.records):5",
      // 60 × 30 ÷ 20 = 90; 40 × 100 ÷ 80 = 50; −5 for the second tenant.
      "taxPerMu 30 20 60 90", "valueAddedPerMu 100 80 40 50", "出租扣分（规上） -5",
      "得分 135 等级 B 第 2 名，共 5 家",
    ] {
      #expect(lines.contains(line), "missing: \(line)")
    }
    // docs/enterprises.md: codes are read after trimming spaces, narrowing
    // full-width characters and upper-casing: 甲's code so typed is 甲.
    let typed = try mujun([
      "check", County.records, "--enterprise", " ９１３３１００３ma2e10017x ", "--year", "2024",
      "--rules", County.rules, "--data", County.data,
    ])
    #expect(typed.status == 0, "\(typed.standardError)")
    #expect(typed.standardOutput == result.standardOutput)
  }

  @Test func checkOfAnUnknownCodeOrAFirmWithErrorsExits2() throws {
    // A valid code (Scripts/credit-code.py --make 91331003MA2E1099) that
    // no parcel or data row names.
    let unknown = "91331003MA2E1099XD"
    let missing = try mujun([
      "check", County.records, "--enterprise", unknown, "--year", "2024", "--rules", County.rules,
      "--data", County.data,
    ])
    #expect(missing.status == 2)
    #expect(
      missing.standardError
        == "mujun: no enterprise with credit code \(unknown) in \(County.records) or the data files for 2024; check the code (mujun evaluate \(County.records) --year 2024 --enterprises - lists them)\n"
    )
    #expect(missing.standardOutput.isEmpty)
    // 丁's energy is 'N/A' in the energy workbook (能耗!C4): an error on
    // the firm, which is still shown, with the error; status 2.
    let broken = try mujun([
      "check", County.records, "--enterprise", County.a4, "--year", "2024", "--rules", County.rules,
      "--data", County.data, "--data", County.energy,
    ])
    #expect(broken.status == 2)
    #expect(broken.standardOutput.hasPrefix("\(County.a4) 示例丁化工有限公司  2024\n"))
    #expect(
      broken.standardOutput.contains(
        "错误: \(County.energy):能耗!C4: not a number: 'N/A'; write the figure in the column's unit (吨标准煤) with digits only, or leave the cell empty when there is no figure\n"
      ))
  }
}
