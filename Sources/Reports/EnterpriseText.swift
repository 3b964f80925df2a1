import Enterprises
public import Evaluation
import Land
import Tables
import XMLStream

/// One enterprise as plain text for the terminal (`mujun check
/// --enterprise CODE`): who it is, its land, its figures with their
/// sources and corrections, its score by item, class and rank, notes and
/// errors.
public enum EnterpriseText {
  public static func render(_ verdict: EnterpriseVerdict, language: TableLanguage = .zh) -> String {
    let zh = language == .zh
    func label(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
    let firm = verdict.enterprise
    var out = "\(firm.code) \(firm.name ?? "")  \(firm.year)\n"
    out += PlainTable.render([
      [label("名单", "track"), verdict.track],
      [label("规模", "scale"), firm.scale?.rawValue ?? "-"],
      [label("行业", "sector"), firm.sector ?? "-"],
      [label("区县", "district"), firm.district ?? "-"],
      [label("用地（亩）", "land (mu)"), JSONWriter.format(firm.areaMu)],
    ])
    if !firm.land.isEmpty {
      out += "\n" + label("用地", "Land") + "\n"
      out += PlainTable.render(
        [[label("宗地", "parcel"), label("方式", "as"), label("亩", "mu"), label("来源", "source")]]
          + firm.land.map {
            [
              $0.parcel, $0.role == .holder ? label("持有", "holder") : label("租用", "tenant"),
              JSONWriter.format($0.mu), $0.location.description,
            ]
          })
    }
    out += "\n" + label("数据", "Figures") + "\n"
    var rows = [[label("项目", "figure"), label("数值", "value"), label("来源", "source")]]
    for field in PerformanceField.allCases {
      guard let figure = firm.figures[field] else { continue }
      rows.append([field.rawValue, JSONWriter.format(figure.value), figure.source])
    }
    out += PlainTable.render(rows)
    for applied in firm.corrections {
      let correction = applied.correction
      out +=
        label("更正", "corrected") + ": \(correction.field) "
        + "\(applied.oldValue.map(JSONWriter.format) ?? "-") → \(correction.value.map(JSONWriter.format) ?? "-")"
        + " (\(correction.reason); \(correction.document); \(correction.source))\n"
    }
    if let scoring = verdict.scoring {
      out += "\n" + label("评价", "Evaluation") + "\n"
      var items = [
        [
          label("指标", "item"), label("数值", "value"), label("基准", "benchmark"),
          label("权重", "weight"), label("得分", "score"),
        ]
      ]
      for item in scoring.items {
        items.append([
          item.name, item.value.map { NumberText.format($0) } ?? "-",
          item.benchmark.map { NumberText.format($0) } ?? "-", NumberText.format(item.weight),
          NumberText.format(item.score),
        ])
      }
      for adjustment in scoring.adjustments {
        items.append([adjustment.reason, "", "", "", NumberText.format(adjustment.points)])
      }
      out += PlainTable.render(items)
      let rank =
        scoring.rank.map {
          label(
            "第 \($0) 名，共 \(scoring.groupSize ?? 0) 家", "rank \($0) of \(scoring.groupSize ?? 0)")
        }
        ?? ""
      out +=
        label("得分", "score") + " \(scoring.score.map { NumberText.format($0) } ?? "-")  "
        + label("等级", "class") + " \(scoring.class?.rawValue ?? "-")  \(rank)\n"
      if let exemption = scoring.exemption { out += label("不定等级", "exempt") + ": \(exemption)\n" }
      if let veto = scoring.veto { out += label("一票否决", "veto") + ": \(veto)\n" }
      if let surcharge = scoring.surcharge {
        out += label("差别化电价", "surcharge") + ": \(surcharge.basis)\n"
      }
    }
    for note in firm.notes { out += label("说明", "note") + ": \(note)\n" }
    for error in firm.errors { out += label("错误", "error") + ": \(error)\n" }
    return out
  }
}
