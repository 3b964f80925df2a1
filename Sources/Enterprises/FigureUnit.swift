/// A unit a department file's header may give a figure column in
/// (records.md, "Department data files": `税收(元)`, `用电量(万千瓦时)`).
public enum FigureUnit: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  case tenThousandYuan = "万元"
  case yuan = "元"
  case tonneOfCoalEquivalent = "吨标准煤"
  case kilowattHour = "千瓦时"
  case tenThousandKilowattHours = "万千瓦时"
  case tonne = "吨"
  case person = "人"

  public var description: String { rawValue }

  /// How the unit may be written in a header's brackets, compared after
  /// narrowing full-width forms and with English in any case: the Chinese
  /// name, its common short forms (`吨标煤`; `度`, the everyday word for a
  /// kilowatt-hour on power bills) and the English symbols records.md uses.
  var spellings: [String] {
    switch self {
    case .tenThousandYuan: ["万元", "10k CNY", "10k-CNY"]
    case .yuan: ["元", "CNY"]
    case .tonneOfCoalEquivalent: ["吨标准煤", "吨标煤", "tce"]
    case .kilowattHour: ["千瓦时", "kWh", "度"]
    case .tenThousandKilowattHours: ["万千瓦时", "万kWh", "万度"]
    case .tonne: ["吨", "t"]
    case .person: ["人", "persons"]
    }
  }

  /// The unit's size in the smallest unit of its kind (元, kWh): 10000 for
  /// the 万 units, 1 for the others.
  var multiple: Double {
    switch self {
    case .tenThousandYuan, .tenThousandKilowattHours: 10000
    case .yuan, .tonneOfCoalEquivalent, .kilowattHour, .tonne, .person: 1
    }
  }

  /// The unit written as `text` (a header's bracket contents), or nil.
  static func named(_ text: String) -> FigureUnit? {
    byName[CellText.asciiLowercased(CellText.narrowed(text))]
  }

  private static let byName: [String: FigureUnit] = {
    var table: [String: FigureUnit] = [:]
    for unit in allCases {
      for spelling in unit.spellings {
        table[CellText.asciiLowercased(spelling)] = unit
      }
    }
    return table
  }()

  /// By how much a figure in this unit is multiplied to be in `unit`:
  /// 0.0001 from 元 to 万元, 10000 from 万千瓦时 to kWh, 1 within a unit.
  public func factor(to unit: FigureUnit) -> Double {
    multiple / unit.multiple
  }

  /// The power of ten from this unit to `unit`: −4 from 元 to 万元, 4 from
  /// 万千瓦时 to kWh, 0 within a unit (every multiple is a power of ten).
  public func decimalExponent(to unit: FigureUnit) -> Int {
    func digits(_ multiple: Double) -> Int { multiple == 10000 ? 4 : 0 }
    return digits(multiple) - digits(unit.multiple)
  }

  /// `value` in this unit expressed in `unit`. Multiplies by one multiple
  /// and divides by the other rather than multiplying by ``factor(to:)``:
  /// 1250000 元 ÷ 10000 is exactly 125 万元, where × 0.0001 would not be
  /// (0.0001 has no exact binary form).
  public func convert(_ value: Double, to unit: FigureUnit) -> Double {
    value * multiple / unit.multiple
  }
}
