public import Evaluation
import Land

/// The clause-by-clause table `mujun check` prints for a person: clause,
/// agreed, actual, status, damages and basis, then the total, idle land and
/// low-efficiency flags. Fits `width` terminal columns (100 by default).
public enum ClauseTable {
  public static func render(
    _ verdict: Verdict, language: TableLanguage = .zh, width: Int = 100
  ) -> String {
    let zh = language == .zh
    var out = verdict.parcel ?? (zh ? "（无编号）" : "(no id)")
    if let name = verdict.summary?.name { out += " " + name }
    guard let review = verdict.contract else {
      if verdict.status == .rejected {
        out += zh ? "：记录无效\n" : ": rejected record\n"
        for error in verdict.errors {
          for piece in ColumnLayout.wrap("\(error)", width: width - 2) {
            out += "  " + piece + "\n"
          }
        }
      } else {
        out += zh ? "：未核查合同\n" : ": contract not checked\n"
      }
      return out
    }
    out += zh ? "  截至 \(review.asOf)\n" : "  as of \(review.asOf)\n"
    var rows: [[String]] = [header(language)]
    var footnotes: [String] = []
    for finding in review.clauses {
      var agreed = ""
      var actual = ""
      if let due = finding.due {
        agreed = due.description
        if finding.movedDays != 0, let original = finding.agreedDue {
          agreed += "*"
          footnotes.append(
            zh
              ? "* \(clauseName(finding.clause, language))日期因政府原因或不可抗力顺延 \(finding.movedDays) 天（原定 \(original)）"
              : "* \(finding.clause.name) due date moved \(finding.movedDays) days from \(original) (government delay or force majeure)"
          )
        }
        actual = finding.actual?.description ?? notYet(finding.clause, language)
        if let late = finding.daysLate, late > 0 { actual += " " + daysLate(late, language) }
        if finding.status == .pending { actual = "" }
      } else if case .commitment(let indicator) = finding.clause {
        agreed = bounds(finding, unit(indicator.unit, language))
        if let from = finding.fromYear { agreed += zh ? "（\(from)起）" : " (from \(from))" }
        if let value = finding.value { actual = NumberText.format(value) }
        if let year = finding.year { actual += actual.isEmpty ? "(\(year))" : " (\(year))" }
      }
      let item = review.damages(finding.clause.name)
      var basis = ""
      if let item {
        basis = zh ? item.formula.basis(days: "天", mu: "亩") : item.basis
      } else if finding.noDataCause == .landPrice {
        basis = zh ? "无土地价款，无法计算违约金" : "no land price (supply/@price)"
      } else if finding.status == .nodata {
        basis = zh ? "缺少数据，无法核定" : "no data to decide it"
      }
      rows.append([
        clauseName(finding.clause, language), agreed, actual, status(finding.status, language),
        item.map { NumberText.format($0.amount) } ?? "", basis,
      ])
    }
    if let fee = review.damages("idleFee") {
      rows.append([
        zh ? "闲置费" : "idleFee", "", "", "", NumberText.format(fee.amount),
        zh ? fee.formula.basis(days: "天", mu: "亩") : fee.basis,
      ])
    }
    if rows.count > 1 { out += ColumnLayout.render(rows, width: width, rightAligned: [4]) }
    var lines = footnotes
    lines.append(
      zh
        ? "违约金合计：\(NumberText.format(review.totalDamages)) 万元"
        : "damages total: \(NumberText.format(review.totalDamages)) (10k CNY)")
    if let idle = review.idle {
      let stage = idle.stage == .fee ? "征收闲置费" : "无偿收回"
      lines.append(
        zh
          ? "闲置土地：自 \(idle.since) 起 \(idle.days) 天，\(stage)"
          : "idle land since \(idle.since), \(idle.days) days, stage \(idle.stage.rawValue): \(idle.reason)"
      )
    }
    for flag in review.lowEfficiency {
      lines.append(
        zh ? "低效用地：\(lowEfficiency(flag.criterion))" : "low-efficiency land: \(flag.reason)")
    }
    lines += review.notes
    lines.append(
      review.holds
        ? (zh ? "结论：到期条款均已履行" : "result: every clause due holds")
        : (zh
          ? "结论：有条款违约、无法核定或土地闲置" : "result: a clause is broken or undecided, or the land is idle"))
    for line in lines {
      for piece in ColumnLayout.wrap(line, width: width) { out += piece + "\n" }
    }
    return out
  }

  /// `≥ 300 万元/亩`, `≤ 0.07`, `1.25–3`.
  static func bounds(_ finding: ClauseFinding, _ unit: String) -> String {
    switch (finding.min, finding.max) {
    case (let min?, let max?): "\(NumberText.format(min))–\(NumberText.format(max))\(unit)"
    case (let min?, nil): "≥ \(NumberText.format(min))\(unit)"
    case (nil, let max?): "≤ \(NumberText.format(max))\(unit)"
    case (nil, nil): ""
    }
  }
}
