import Testing

@testable import Workbooks

/// Columns are fitted to their widest cell, a CJK character counting two
/// `0`s of the default font, others one; plus 2; at most 60.
@Suite struct ColumnWidthTests {
  @Test(arguments: [
    ("亩均论英雄", 10),  // 5 CJK Unified Ideographs × 2
    ("ABC 123", 7),  // ASCII, the space included
    ("（规上）", 8),  // fullwidth parentheses (F) and ideographs (W)
    ("、。「」【】", 12),  // CJK symbols and punctuation
    ("ＡＢ１２", 8),  // fullwidth forms
    ("ｱｲｳ", 3),  // halfwidth katakana (H): 1 each
    ("한국", 4),  // Hangul syllables
    ("ひらカタ", 8),  // Hiragana and Katakana
    ("㐀𠀀", 4),  // Extension A (U+3400), Extension B (U+20000)
    ("\u{3000}", 2),  // the ideographic space (F)
    ("é", 1),
  ])
  func displayWidth(text: String, width: Int) {
    #expect(DisplayWidth.of(text, upTo: 100) == width)
  }

  /// The table is sorted and its ranges do not overlap (the binary search
  /// depends on it).
  @Test func wideRangesAreInOrder() {
    let ranges = DisplayWidth.wideRanges
    for (earlier, later) in zip(ranges, ranges.dropFirst()) {
      #expect(earlier.upperBound < later.lowerBound)
    }
  }

  @Test(arguments: [
    (1234.567, NumberFormat.decimals(2), 7),  // "1234.57"
    (-0.5, NumberFormat.decimals(4), 7),  // "-0.5000"
    (9.996, NumberFormat.decimals(2), 5),  // rounds to "10.00"
    (12.6, NumberFormat.integer, 2),  // "13"
    (1234, NumberFormat.general, 4),  // "1234"
    (0.25, NumberFormat.general, 4),  // "0.25"
    (1.0 / 3, NumberFormat.general, 11),  // General shows at most 11 characters
  ])
  func numberWidth(value: Double, format: NumberFormat, width: Int) {
    #expect(ColumnFitting.width(of: value, format: format) == width)
  }

  /// Eight CJK characters against eight ASCII ones: 8 × 2 + 2 = 18 and
  /// 8 + 2 = 10; the headers are narrower than the cells. libxlsxwriter
  /// writes a width w as Excel stores it, the pixels it takes (w × 7 + 0.5,
  /// rounded down, + 5 for a 7-pixel `0`) over 7, kept to 1/256: 18 → 131
  /// pixels → 4790/256 = 18.7109375; 10 → 75 → 2742/256 = 10.7109375.
  @Test func aCJKColumnIsAboutTwiceAsWideAsAnASCIIOne() throws {
    let sheet = WorksheetDocument(
      name: "宽度",
      columns: [WorksheetColumn("名称"), WorksheetColumn("code"), WorksheetColumn("空")],
      rows: [[.text("黄岩精工模具公司"), .text("ABCDEFGH")], [.text("短"), .text("x")]])
    let plan = try WorksheetPlan(sheet, name: "宽度", path: "w.xlsx")
    // Column C holds only its header "空": 2 + 2 = 4.
    #expect(plan.widths == [18, 10, 4])
    let path = try workbookFolder() + "/w.xlsx"
    _ = try testWorkbook([sheet]).write(to: path)
    let xml = try part("xl/worksheets/sheet1.xml", of: path)
    #expect(xml.contains(#"<col min="1" max="1" width="18.7109375" customWidth="1"/>"#))
    #expect(xml.contains(#"<col min="2" max="2" width="10.7109375" customWidth="1"/>"#))
  }

  /// 100 CJK characters would be 202 wide: capped at 60. A fixed width is
  /// kept; a column with nothing in it keeps Excel's default (nil). The
  /// title rows do not widen column A.
  @Test func widthsAreCappedFixedOrDefault() throws {
    let sheet = WorksheetDocument(
      name: "宽度",
      titles: [String(repeating: "标题", count: 30)],
      columns: [
        WorksheetColumn("说明"), WorksheetColumn("得分", format: .decimals(2), width: .fixed(12.5)),
        WorksheetColumn(""), WorksheetColumn("A"),
      ],
      rows: [[.text(String(repeating: "亩", count: 100)), .number(1), .empty, .text("b")]])
    let plan = try WorksheetPlan(sheet, name: "宽度", path: "w.xlsx")
    #expect(plan.widths == [60, 12.5, nil, 3])
  }
}
