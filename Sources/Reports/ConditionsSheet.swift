import Evaluation
public import Land
public import Rules
import XMLStream

/// The control-indicator sheet for a land-transfer notice (`mujun
/// conditions`): every threshold of a rule set that applies to a sector,
/// district and zone, with its unit and the row it comes from.
public enum ConditionsSheet {
  public static func render(
    _ ruleSet: RuleSet, sector: String, district: String, zone: ZoneLevel?,
    language: TableLanguage = .zh, width: Int = 100
  ) -> String {
    let zh = language == .zh
    var out = "\(ruleSet.identity.id) \(ruleSet.identity.version): "
    out +=
      zh
      ? "行业 \(sector)，行政区 \(district)" + (zone.map { "，\($0.rawValue) 级园区" } ?? "")
        + " 的控制指标\n"
      : "control indicators for sector \(sector), district \(district)"
        + (zone.map { ", \($0.rawValue) zone" } ?? "") + "\n"
    let bounds = ruleSet.bounds(for: sector, district: district, zone: zone)
    guard !bounds.isEmpty else {
      out +=
        zh
        ? "没有适用的控制指标\n"
        : "no threshold applies\n"
      return out
    }
    var rows: [[String]] =
      zh
      ? [["指标", "控制值", "单位", "规则行", "依据"]]
      : [["indicator", "bound", "unit", "row", "source"]]
    for indicator in Indicator.allCases {
      guard let applicable = bounds[indicator] else { continue }
      let name = zh ? ClauseTable.indicatorName(indicator) : indicator.rawValue
      let unit = String(ClauseTable.unit(indicator.unit, language).dropFirst())
      var sides: [(text: String, row: ThresholdRow)] = []
      if let min = applicable.min {
        sides.append(("≥ \(NumberText.format(min.value))", min.row))
      }
      if let max = applicable.max {
        let text = "≤ \(NumberText.format(max.value))"
        if let index = sides.firstIndex(where: { $0.row.location == max.row.location }) {
          sides[index].text =
            "\(NumberText.format(applicable.min?.value ?? 0))–"
            + NumberText.format(max.value)
        } else {
          sides.append((text, max.row))
        }
      }
      for side in sides {
        rows.append([
          name, side.text, unit, "\(side.row.location.file):\(side.row.location.line)",
          side.row.source ?? "",
        ])
      }
    }
    out += ColumnLayout.render(rows, width: width)
    return out
  }
}
