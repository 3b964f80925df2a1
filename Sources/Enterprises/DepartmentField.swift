/// What a column of a department data file holds (records.md, "Department
/// data files"): the key, the name, the year, the scale, or a figure.
public enum DepartmentField: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  case creditCode
  case name
  case year
  case tax
  case revenue
  case output
  case valueAdded
  case energy
  case electricity
  case emissions
  case rnd
  case employees
  case scale

  public var description: String { rawValue }

  /// The column field of a figure.
  public init(_ figure: PerformanceField) {
    self =
      switch figure {
      case .revenue: .revenue
      case .output: .output
      case .valueAdded: .valueAdded
      case .tax: .tax
      case .energy: .energy
      case .electricity: .electricity
      case .emissions: .emissions
      case .rnd: .rnd
      case .employees: .employees
      }
  }

  /// The figure the column gives, or nil for the key, name, year and scale.
  public var figure: PerformanceField? {
    switch self {
    case .creditCode, .name, .year, .scale: nil
    case .tax: .tax
    case .revenue: .revenue
    case .output: .output
    case .valueAdded: .valueAdded
    case .energy: .energy
    case .electricity: .electricity
    case .emissions: .emissions
    case .rnd: .rnd
    case .employees: .employees
    }
  }

  /// The header names of the field, exactly as records.md's column table
  /// lists them: the Chinese names departments use, then the English one.
  public var headerNames: [String] {
    switch self {
    case .creditCode: ["统一社会信用代码", "信用代码", "纳税人识别号", "creditCode"]
    case .name: ["企业名称", "纳税人名称", "name"]
    case .year: ["年度", "年份", "year"]
    case .tax: ["实缴税金", "税收实际贡献", "税收", "tax"]
    case .revenue: ["营业收入", "主营业务收入", "revenue"]
    case .output: ["工业总产值", "产值", "output"]
    case .valueAdded: ["工业增加值", "增加值", "valueAdded"]
    case .energy: ["综合能耗", "能耗", "energy"]
    case .electricity: ["用电量", "电耗", "electricity"]
    case .emissions: ["排放当量", "主要污染物排放", "emissions"]
    case .rnd: ["研发经费支出", "R&D经费", "rnd"]
    case .employees: ["年平均从业人员", "从业人员", "employees"]
    case .scale: ["规模", "企业规模", "scale"]
    }
  }

  /// The field a header names (its text before any unit, trimmed and with
  /// full-width forms narrowed): an exact name from ``headerNames``, with
  /// ASCII letters in any case (`Tax`, `TAX`, `ｔａｘ`); never a part of a
  /// longer name (`税收合计` names nothing).
  static func named(_ name: String) -> DepartmentField? {
    byName[CellText.asciiLowercased(name)]
  }

  private static let byName: [String: DepartmentField] = {
    var table: [String: DepartmentField] = [:]
    for field in allCases {
      for name in field.headerNames {
        table[CellText.asciiLowercased(name)] = field
      }
    }
    return table
  }()
}
