import Evaluation
import Land

/// The words of the clause table in each language.
extension ClauseTable {
  static func header(_ language: TableLanguage) -> [String] {
    switch language {
    case .zh: ["条款", "约定", "实际", "状态", "违约金", "计算依据"]
    case .en: ["clause", "agreed", "actual", "status", "damages", "basis"]
    }
  }

  static func clauseName(_ clause: ContractClause, _ language: TableLanguage) -> String {
    guard language == .zh else { return clause.name }
    switch clause {
    case .handover: return "交地"
    case .start: return "开工"
    case .completion: return "竣工"
    case .commitment(let indicator): return indicatorName(indicator)
    }
  }

  static func indicatorName(_ indicator: Indicator) -> String {
    switch indicator {
    case .investmentIntensity: "投资强度"
    case .fixedAssetInvestment: "固定资产投资"
    case .plotRatio: "容积率"
    case .buildingCoefficient: "建筑系数"
    case .buildingDensity: "建筑密度"
    case .adminShare: "行政办公用地比例"
    case .adminFloorShare: "行政办公建筑面积比例"
    case .greenRatio: "绿地率"
    case .taxPerMu: "亩均税收"
    case .outputPerMu: "亩均产出"
    case .revenuePerMu: "亩均营收"
    case .valueAddedPerMu: "亩均增加值"
    case .energyPerValueAdded: "单位增加值能耗"
    case .valueAddedPerEnergy: "单位能耗增加值"
    case .valueAddedPerEmission: "单位排放增加值"
    case .laborProductivity: "全员劳动生产率"
    case .rndIntensity: "研发投入强度"
    case .taxPerKWh: "单位电耗税收"
    }
  }

  static func status(_ status: ClauseStatus, _ language: TableLanguage) -> String {
    guard language == .zh else { return status.rawValue }
    switch status {
    case .pass: return "履约"
    case .fail: return "违约"
    case .pending: return "未到期"
    case .nodata: return "无数据"
    }
  }

  static func unit(_ unit: IndicatorUnit, _ language: TableLanguage) -> String {
    guard language == .zh else { return unit == .ratio ? "" : " " + unit.rawValue }
    switch unit {
    case .ratio: return ""
    case .tenThousandCNYPerMu: return " 万元/亩"
    case .tenThousandCNYPerHectare: return " 万元/公顷"
    case .cnyPerSquareMetre: return " 元/m²"
    case .tenThousandCNY: return " 万元"
    case .tcePerTenThousandCNY: return " 吨标煤/万元"
    case .tenThousandCNYPerTce: return " 万元/吨标煤"
    case .tenThousandCNYPerTonne: return " 万元/吨"
    case .tenThousandCNYPerEmployee: return " 万元/人"
    case .cnyPerKWh: return " 元/千瓦时"
    }
  }

  /// What an open date clause is called in the actual column.
  static func notYet(_ clause: ContractClause, _ language: TableLanguage) -> String {
    guard language == .zh else { return "not yet" }
    switch clause {
    case .handover: return "未交地"
    case .start: return "未开工"
    default: return "未竣工"
    }
  }

  static func daysLate(_ days: Int, _ language: TableLanguage) -> String {
    language == .zh ? "迟\(days)天" : "+\(days)d"
  }

  static func lowEfficiency(_ criterion: LowEfficiencyCriterion) -> String {
    switch criterion {
    case .overdueCompletion: "超过约定竣工日期两年未竣工"
    case .lowInvestment: "竣工满两年，投资强度不足合同约定的50%"
    case .lowOutput: "竣工满两年，亩均产出不足控制值的50%"
    case .productionStopped: "停产或半停产一年以上"
    case .safetyOrEnvironment: "一年内发生重大安全或环境事件"
    }
  }
}
