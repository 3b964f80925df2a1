import Evaluation

/// The no-data reasons that `Land` writes, in Chinese, for pages in
/// Chinese. `Land` builds its reasons from a small closed set of phrases
/// (`Parcel+SiteIndicators.swift`, `YearlyFigures.swift`,
/// `Reading.quotient`), joined by " and "; each phrase is matched here.
/// A phrase this does not know (a custom indicator's expression, a reason
/// added later) leaves the whole reason in English: never a half-translated
/// sentence. Verdict JSON and CSV keep the English reason (records.md).
enum ChineseReasons {
  /// The reason in Chinese; nil when any part of it is not a known phrase.
  static func translate(_ reason: String) -> String? {
    var parts: [String] = []
    for clause in reason.split(separator: " and ", omittingEmptySubsequences: false) {
      guard let part = phrase(String(clause)) else { return nil }
      parts.append(part)
    }
    return parts.isEmpty ? nil : parts.joined(separator: "，且")
  }

  /// The fields a reason names, as the record format spells them.
  static let fields: [String: String] = [
    "adminArea": "行政办公及生活服务设施用地面积",
    "greenArea": "绿地面积",
    "tax": "税收",
    "energy": "能耗",
    "electricity": "用电量",
    "revenue": "营业收入",
    "output": "产出",
    "valueAdded": "增加值",
    "emissions": "排放量",
    "rnd": "研发投入",
    "employees": "从业人员",
  ]

  private static let fixed: [String: String] = [
    "no fixed-asset investment figure": "无固定资产投资数据",
    "the record does not list its buildings": "记录未列出建筑物",
    "the record has no performance figures": "记录无经营数据",
    "the site area is 0": "用地面积为 0",
    "the buildings' total floor area is 0": "建筑物总建筑面积为 0",
    "the quotient is too large to represent": "数值过大，无法表示",
  ]

  private static func phrase(_ clause: String) -> String? {
    if let text = fixed[clause] { return text }
    let words = clause.split(separator: " ").map(String.init)
    // the site has no FIELD
    if words.count == 5, words[0...3] == ["the", "site", "has", "no"], let field = fields[words[4]]
    {
      return "用地无\(field)数据"
    }
    // no performance figures for YEAR
    if words.count == 5, words[0...3] == ["no", "performance", "figures", "for"],
      let year = Int(words[4])
    {
      return "无 \(year) 年经营数据"
    }
    // no FIELD figure for YEAR
    if words.count == 5, words[0] == "no", words[2...3] == ["figure", "for"],
      let field = fields[words[1]], let year = Int(words[4])
    {
      return "无 \(year) 年\(field)数据"
    }
    // the FIELD figure for YEAR is 0
    if words.count == 7, words[0] == "the", words[2...3] == ["figure", "for"],
      words[5...6] == ["is", "0"], let field = fields[words[1]], let year = Int(words[4])
    {
      return "\(year) 年\(field)为 0"
    }
    // building ID has no footprint / has neither floorArea nor storeys
    if words.count >= 3, words[0] == "building" {
      let rest = words[2...].joined(separator: " ")
      let missing: String? =
        switch rest {
        case "has no footprint": "无占地面积"
        case "has neither floorArea nor storeys": "既无建筑面积也无楼层"
        default: nil
        }
      guard let missing else { return nil }
      return "建筑物 \(words[1]) \(missing)"
    }
    return nil
  }
}

extension ChineseReasons {
  /// A finding's sentence in Chinese, from its status, value and bounds
  /// (the verdict decided them; this only words them), with `unit` the
  /// unit text as the page prints it (with its leading space, or empty);
  /// nil when a no-data reason has no Chinese wording.
  static func finding(
    status: FindingStatus, value: Double?, min: Double?, max: Double?, unit: String,
    reason: String?
  ) -> String? {
    let number = { (x: Double) in HTMLNumber.short(x, 3) + unit }
    switch status {
    case .nodata:
      guard let reason, let text = translate(reason) else { return nil }
      return "无数据（\(text)），无法核查"
    case .fail:
      guard let value else { return nil }
      if let min, value < min { return "实际值 \(number(value)) 低于下限 \(number(min))" }
      if let max { return "实际值 \(number(value)) 高于上限 \(number(max))" }
      return nil
    case .pass:
      guard let value else { return nil }
      let bound =
        switch (min, max) {
        case (let min?, let max?): "\(HTMLNumber.short(min, 3))–\(number(max))"
        case (let min?, nil): "不低于 \(number(min))"
        case (nil, let max?): "不高于 \(number(max))"
        case (nil, nil): ""
        }
      return "实际值 \(number(value)) 符合标准（\(bound)）"
    }
  }
}
