import Evaluation
import Testing

@testable import Reports

/// The no-data reasons `Land` writes, and the check sentences, on a page in
/// Chinese; anything not known stays in English, whole.
@Suite struct ChineseReasonsTests {
  @Test(arguments: [
    ("no fixed-asset investment figure", "无固定资产投资数据"),
    ("the record does not list its buildings", "记录未列出建筑物"),
    ("the record has no performance figures", "记录无经营数据"),
    ("no performance figures for 2024", "无 2024 年经营数据"),
    ("no tax figure for 2024", "无 2024 年税收数据"),
    ("the employees figure for 2023 is 0", "2023 年从业人员为 0"),
    ("the site has no greenArea", "用地无绿地面积数据"),
    ("the site area is 0", "用地面积为 0"),
    ("building B2 has no footprint", "建筑物 B2 无占地面积"),
    ("building #3 has neither floorArea nor storeys", "建筑物 #3 既无建筑面积也无楼层"),
    ("the quotient is too large to represent", "数值过大，无法表示"),
    (
      "the site has no adminArea and the record does not list its buildings",
      "用地无行政办公及生活服务设施用地面积数据，且记录未列出建筑物"
    ),
  ])
  func knownReasons(english: String, chinese: String) {
    #expect(ChineseReasons.translate(english) == chinese)
  }

  @Test func anUnknownPartLeavesTheWholeReasonInEnglish() {
    #expect(ChineseReasons.translate("division by zero in `tax / energy`") == nil)
    #expect(ChineseReasons.translate("no tax figure for 2024 and a cat") == nil)
    #expect(ChineseReasons.translate("no gold figure for 2024") == nil)
    #expect(ChineseReasons.translate("") == nil)
  }

  @Test func checkSentences() {
    #expect(
      ChineseReasons.finding(
        status: .fail, value: 0.63, min: 0.7, max: nil, unit: "", reason: nil)
        == "实际值 0.63 低于下限 0.7")
    #expect(
      ChineseReasons.finding(
        status: .fail, value: 0.25, min: nil, max: 0.2, unit: "", reason: nil)
        == "实际值 0.25 高于上限 0.2")
    #expect(
      ChineseReasons.finding(
        status: .pass, value: 32, min: 30, max: nil, unit: " 万元/亩", reason: nil)
        == "实际值 32 万元/亩 符合标准（不低于 30 万元/亩）")
    #expect(
      ChineseReasons.finding(
        status: .pass, value: 1.5, min: 1.2, max: 2, unit: "", reason: nil)
        == "实际值 1.5 符合标准（1.2–2）")
    #expect(
      ChineseReasons.finding(
        status: .nodata, value: nil, min: 1, max: nil, unit: "",
        reason: "the record does not list its buildings")
        == "无数据（记录未列出建筑物），无法核查")
    #expect(
      ChineseReasons.finding(
        status: .nodata, value: nil, min: 1, max: nil, unit: "", reason: "something new")
        == nil)
  }
}
