public import Enterprises
public import Evaluation
import Land
public import Rules
import Tables
public import Workbooks
import XMLStream

/// The publication workbook of a year's enterprise evaluation (`--xlsx`):
/// a sheet per track, firms by group and rank, with class, score, credit
/// code, name, land and the main indicators (Huangyan and Jingning publish
/// their A–D lists as xlsx, `domain.md`); then the exempt and vetoed
/// firms, the firms not ranked with the reason, and the join report's
/// findings. In Chinese, the language the lists are published in. The
/// document's creation time is 31 December of the evaluated year, so the
/// same inputs give the same bytes.
public enum PublicationWorkbook {
  /// The indicators shown on the lists, with their Chinese labels.
  static let indicators: [(Indicator, String)] = [
    (.taxPerMu, "亩均税收（万元/亩）"), (.valueAddedPerMu, "亩均增加值（万元/亩）"),
    (.revenuePerMu, "亩均营业收入（万元/亩）"), (.valueAddedPerEnergy, "单位能耗增加值（万元/吨标准煤）"),
    (.laborProductivity, "全员劳动生产率（万元/人）"), (.rndIntensity, "研发投入强度"),
    (.taxPerKWh, "单位电耗税收（元/千瓦时）"),
  ]

  /// The track's list name.
  static func trackName(_ track: String) -> String {
    switch track {
    case "above": "规上企业"
    case "below": "规下企业"
    case "small": "规下企业（用地不足）"
    case "tenant": "租赁企业"
    case "unscored": "未评价企业"
    default: track
    }
  }

  /// One pass over the verdicts (each made as it is read): their rows
  /// are sorted into the sheets as they come.
  public static func document(
    _ verdicts: some Sequence<EnterpriseVerdict>, report: JoinReport, ruleSet: RuleSet, year: Int
  ) -> WorkbookDocument {
    let identity =
      "评价规则：\(ruleSet.metadata.title)（\(ruleSet.identity.id) \(ruleSet.identity.version)）"
    var ranked: [String: [(group: String, rank: Int, row: [WorksheetCell])]] = [:]
    var apart: [[WorksheetCell]] = []
    var unranked: [[WorksheetCell]] = []
    for verdict in verdicts {
      let scoring = verdict.scoring
      if let scoring, let rank = scoring.rank {
        ranked[verdict.track, default: []].append((scoring.group ?? "", rank, rankedRow(verdict)))
      } else if scoring?.class == .t || scoring?.veto != nil {
        apart.append([
          .text(verdict.enterprise.code), .text(verdict.enterprise.name ?? ""),
          .text(trackName(verdict.track)), .text(scoring?.class?.rawValue ?? ""),
          scoring?.score.map(WorksheetCell.number) ?? .empty,
          .text(scoring?.veto ?? scoring?.exemption ?? ""),
        ])
      } else {
        unranked.append([
          .text(verdict.enterprise.code), .text(verdict.enterprise.name ?? ""),
          .text(trackName(verdict.track)), .number(verdict.enterprise.areaMu),
          .text(verdict.enterprise.notes.map(\.description).joined(separator: "；")),
        ])
      }
    }
    // Tracks in the schemes' order, then any other by name; firms by group
    // and rank.
    var tracks = (ruleSet.scoring?.schemes.map(\.id) ?? []).filter { ranked[$0] != nil }
    tracks += ranked.keys.filter { !tracks.contains($0) }.sorted()
    var sheets: [WorksheetDocument] = []
    for track in tracks {
      let firms = (ranked[track] ?? []).sorted { ($0.group, $0.rank) < ($1.group, $1.rank) }
      sheets.append(
        WorksheetDocument(
          name: trackName(track),
          titles: ["\(year) 年度工业企业亩均效益综合评价结果（\(trackName(track))）", identity],
          columns: rankedColumns, rows: firms.map(\.row)))
    }
    sheets.append(
      WorksheetDocument(
        name: "不定等级及否决", titles: ["\(year) 年度不定等级（T）及一票否决企业", identity],
        columns: [
          WorksheetColumn("统一社会信用代码", format: .text), WorksheetColumn("企业名称", format: .text),
          WorksheetColumn("名单", format: .text), WorksheetColumn("等级", format: .text),
          WorksheetColumn("得分", format: .decimals(4)), WorksheetColumn("原因", format: .text),
        ],
        rows: apart))
    sheets.append(
      WorksheetDocument(
        name: "未排名企业", titles: ["\(year) 年度未参与排名的企业（租赁、用地不足、无用地、无适用方案）", identity],
        columns: [
          WorksheetColumn("统一社会信用代码", format: .text), WorksheetColumn("企业名称", format: .text),
          WorksheetColumn("名单", format: .text), WorksheetColumn("用地面积（亩）", format: .decimals(4)),
          WorksheetColumn("说明", format: .text),
        ],
        rows: unranked))
    sheets.append(joinSheet(report, year: year, identity: identity))
    return WorkbookDocument(
      sheets: sheets,
      properties: WorkbookProperties(
        title: "\(year) 年度工业企业亩均效益综合评价结果", author: ruleSet.identity.id,
        company: "", created: .endOfYear(year)))
  }

  static let rankedColumns: [WorksheetColumn] =
    [
      WorksheetColumn("组", format: .text), WorksheetColumn("排名", format: .integer),
      WorksheetColumn("等级", format: .text), WorksheetColumn("得分", format: .decimals(4)),
      WorksheetColumn("统一社会信用代码", format: .text), WorksheetColumn("企业名称", format: .text),
      WorksheetColumn("区县", format: .text), WorksheetColumn("行业", format: .text),
      WorksheetColumn("用地面积（亩）", format: .decimals(4)),
    ] + indicators.map { WorksheetColumn($0.1, format: .decimals(4)) }
    + [WorksheetColumn("差别化电价（元）", format: .decimals(2))]

  static func rankedRow(_ verdict: EnterpriseVerdict) -> [WorksheetCell] {
    let firm = verdict.enterprise
    let scoring = verdict.scoring
    var row: [WorksheetCell] = [
      .text(scoring?.group ?? ""), scoring?.rank.map(WorksheetCell.integer) ?? .empty,
      .text(scoring?.class?.rawValue ?? ""), scoring?.score.map(WorksheetCell.number) ?? .empty,
      .text(firm.code), .text(firm.name ?? ""), .text(firm.district ?? ""),
      .text(firm.sector ?? ""), .number(firm.areaMu),
    ]
    for (indicator, _) in indicators {
      let value = firm.indicators.first { $0.indicator == indicator }?.reading.value
      row.append(value.map(WorksheetCell.number) ?? .empty)
    }
    row.append(scoring?.surcharge?.amount.map(WorksheetCell.number) ?? .empty)
    return row
  }

  /// The join report's findings, one row each.
  static func joinSheet(_ report: JoinReport, year: Int, identity: String) -> WorksheetDocument {
    var rows: [[WorksheetCell]] = []
    func add(_ kind: String, _ subject: String, _ source: String, _ message: String) {
      rows.append([.text(kind), .text(subject), .text(source), .text(message)])
    }
    for entry in report.codesWithoutLand { add("数据有、无用地", entry.code, entry.source, "") }
    for entry in report.landWithoutData { add("有用地、无数据", entry.code, entry.source, "") }
    for land in report.landWithoutCode {
      add("用地无信用代码", land.parcel, land.location.description, "\(land.mu) 亩")
    }
    for entry in report.differentNames {
      add(
        "名称不一致", entry.code, "",
        entry.names.map { "\($0.message)（\($0.source ?? "")）" }.joined(separator: "；"))
    }
    for lost in report.lostLand {
      add("记录被拒，用地未计", lost.code, lost.location.description, lost.parcel ?? "")
    }
    for issue in report.badCodes { add("信用代码校验不通过", "", issue.source ?? "", issue.message) }
    for problem in report.problems {
      add(
        problem.severity == .error ? "数据错误" : "数据提示", "", problem.place.description, problem.message
      )
    }
    return WorksheetDocument(
      name: "数据核对", titles: ["\(year) 年度数据核对（用地与部门数据的对接）", identity],
      columns: [
        WorksheetColumn("类别", format: .text), WorksheetColumn("代码或宗地", format: .text),
        WorksheetColumn("来源", format: .text), WorksheetColumn("说明", format: .text),
      ],
      rows: rows)
  }
}
