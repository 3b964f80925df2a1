import Testing

@testable import Workbooks

/// Sheet names are made valid and unique as Excel requires: at most 31
/// characters, none of `[ ] : * ? / \`, no apostrophe at either end, not
/// "History", not another sheet's name whatever the case.
@Suite struct SheetNameTests {
  func names(_ asked: [String]) throws -> [String] {
    let sheets = asked.map { WorksheetDocument(name: $0, columns: [], rows: []) }
    return try testWorkbook(sheets).sheetNames
  }

  @Test func forbiddenCharactersBecomeTheirFullwidthForms() throws {
    // / → ／ (U+FF0F); [ ] → ［ ］; : → ：; * → ＊; ? → ？; \ → ＼.
    #expect(try names(["规上/规下"]) == ["规上／规下"])
    #expect(try names(["[A]:B*C?D\\E"]) == ["［A］：B＊C？D＼E"])
  }

  @Test func sheetsNamedAlikeTakeANumber() throws {
    // The second and third "规上" are taken: " (2)", " (3)". "规上" and
    // "规上" differ from "规下". Case is ignored: "Summary" and "SUMMARY".
    #expect(
      try names(["规上", "规下", "规上", "规上", "Summary", "SUMMARY"])
        == ["规上", "规下", "规上 (2)", "规上 (3)", "Summary", "SUMMARY (2)"])
    // "规上/规下" becomes "规上／规下", which is then taken.
    #expect(try names(["规上/规下", "规上／规下"]) == ["规上／规下", "规上／规下 (2)"])
  }

  @Test func longNamesAreCutTo31Characters() throws {
    // 40 × 亩 → the first 31; the second such name is cut to 27 to fit
    // " (2)" (4 characters): 27 + 4 = 31.
    let long = String(repeating: "亩", count: 40)
    let result = try names([long, long])
    #expect(
      result == [String(repeating: "亩", count: 31), String(repeating: "亩", count: 27) + " (2)"])
    // A character beyond the Basic Multilingual Plane (𠀀, U+20000) takes
    // two UTF-16 units, as Excel counts: 30 × 亩 + 𠀀 is 32, so 𠀀 goes.
    #expect(
      try names([String(repeating: "亩", count: 30) + "𠀀"]) == [String(repeating: "亩", count: 30)])
  }

  @Test func apostrophesAtTheEndsEmptyNamesAndHistory() throws {
    // ' at either end → ＇ (U+FF07); inside it stays. Spaces at the ends
    // go; control characters become spaces. Empty → "Sheet". "History"
    // is Excel's own: the first free number.
    #expect(try names(["'规上'", "A'B", "  规下\t"]) == ["＇规上＇", "A'B", "规下"])
    #expect(
      try names(["", "  ", "History", "history"]) == [
        "Sheet", "Sheet (2)", "History (2)", "history (3)",
      ])
    #expect(try names(["规\n上"]) == ["规 上"])
  }

  /// libxlsxwriter takes every name made (it refuses an invalid one), and
  /// the names read back as made.
  @Test func theNamesMadeAreWrittenAndReadBack() throws {
    let asked = ["规上/规下", "规上/规下", "'x'", "History", String(repeating: "亩", count: 40), ""]
    let document = try testWorkbook(
      asked.map {
        WorksheetDocument(name: $0, columns: [WorksheetColumn("企业名称")], rows: [[.text("甲")]])
      })
    let path = try workbookFolder() + "/names.xlsx"
    _ = try document.write(to: path)
    let read = try readBack(path).map(\.name)
    #expect(read == document.sheetNames)
    #expect(
      read == [
        "规上／规下", "规上／规下 (2)", "＇x＇", "History (2)", String(repeating: "亩", count: 31), "Sheet",
      ])
  }
}
