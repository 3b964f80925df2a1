import Foundation
import Testing

/// `mujun data check` on the data files of `Tests/Corpus/enterprises`
/// (README.md there): a GBK CSV as Excel saves it in China, and an xlsx
/// workbook with a title row, a bad cell and a sheet of notes.
@Suite(.serialized) struct DataCheckCommandTests {
  @Test func aGBKFileIsReadAsItsHeaderSays() throws {
    let result = try mujun(["data", "check", County.data])
    #expect(result.status == 0, "\(result.standardError)")
    // GBK bytes are detected (GB18030 contains GBK); the title line is
    // skipped, the header is line 2; 序号 is not a field (docs/enterprises.md:
    // "Other columns (序号, 备注) are ignored; mujun data check lists them");
    // 元 are 0.0001 万元, 万千瓦时 10000 kWh. Five firms of 2024, no problem.
    #expect(
      result.standardOutput == """
        \(County.data) (GB18030):
          the file: header at line 2, 5 rows read
            A 序号 → ignored
            B 统一社会信用代码 → creditCode
            C 企业名称 → name
            D 年度 → year
            E 实缴税金(元) → tax (元 × 0.0001)
            F 用电量(万千瓦时) → electricity (万千瓦时 × 10000.0)
            G 规模 → scale
        5 enterprises and years (2024: 5); 0 errors, 0 warnings

        """)
  }

  @Test func aWorkbooksBadCellIsAnErrorAtItsCellAndExits2() throws {
    let result = try mujun(["data", "check", County.data, County.energy, "--year", "2024"])
    #expect(result.status == 2)
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    for line in [
      "\(County.energy):",
      // Title on row 1, header on row 2, three firms' rows.
      "  sheet 能耗: header at row 2, 3 rows read",
      "    A 统一社会信用代码 → creditCode",
      "    C 综合能耗(吨标准煤) → energy (吨标准煤)",
      "    D 备注 → ignored",
      "  sheet 说明: no header row naming a credit code column; not read",
      // 丁's energy 'N/A': sheet 能耗, column C, row 4.
      "\(County.energy):能耗!C4: error: not a number: 'N/A'; write the figure in the column's unit (吨标准煤) with digits only, or leave the cell empty when there is no figure",
      // docs/enterprises.md: a sheet with no key column is skipped with a
      // warning. 丁 戊 庚 租 数 from the CSV, 甲 丙 from the workbook.
      "7 enterprises and years (2024: 7); 1 errors, 1 warnings",
    ] {
      #expect(lines.contains(line), "missing: \(line)")
    }
    #expect(lines.contains { $0.hasPrefix("\(County.energy):说明") && $0.contains(": warning: ") })
  }
}
