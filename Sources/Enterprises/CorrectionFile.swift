public import Tables

/// A corrections file (`--corrections FILE`, CSV or xlsx, as department
/// files are read): one row per corrected figure, with the columns
///
/// | column (any of) | meaning |
/// |---|---|
/// | 统一社会信用代码, 信用代码, creditCode | the enterprise |
/// | 更正项目, 字段, 项目, field | the figure, named as a data file's header names it, with its unit in brackets when not the default (`实缴税金(元)`, `tax`), or 用地面积 / areaMu (the firm's land, mu) |
/// | 更正值, 数值, 值, value | the corrected value; empty takes the figure away |
/// | 更正原因, 原因, 理由, reason | why |
/// | 文号, 依据文号, document | the decision's document number |
///
/// Every row needs a code that passes its check, a known field, a number
/// (or an empty cell), a reason and a document number; a row without them
/// is an error at its cell and is not applied.
public struct CorrectionFile: Sendable {
  public var corrections: [Correction] = []
  public var problems: [DataProblem] = []

  static let columns: [(key: String, names: [String])] = [
    ("code", ["统一社会信用代码", "信用代码", "creditcode"]),
    ("field", ["更正项目", "字段", "项目", "field"]),
    ("value", ["更正值", "数值", "值", "value"]),
    ("reason", ["更正原因", "原因", "理由", "reason"]),
    ("document", ["文号", "依据文号", "document"]),
  ]

  public static func read(path: String, encoding: TableEncoding = .automatic) -> CorrectionFile {
    var result = CorrectionFile()
    let file: TableFile
    do {
      file = try TableFile.open(path: path, encoding: encoding)
    } catch {
      result.problems.append(DataProblem(.unreadable, at: error.place, error.message))
      return result
    }
    for sheet in file { result.read(sheet) }
    return result
  }

  private mutating func read(_ sheet: TableSheet) {
    var index: [String: Int]?
    for item in sheet {
      guard case .row(let row) = item else {
        if case .problem(let problem) = item {
          problems.append(DataProblem(.unreadable, at: problem.place, problem.message))
        }
        continue
      }
      for problem in row.problems {
        problems.append(DataProblem(.unreadable, at: problem.place, problem.message))
      }
      guard let columns = index else {
        if row.number <= DepartmentHeader.searchedRows { index = Self.header(row) }
        continue
      }
      read(row, columns: columns)
    }
    if index == nil {
      problems.append(
        DataProblem(
          .noHeader, at: CellPlace(file: sheet.file, sheet: sheet.name, row: 1),
          "no header row naming the columns 统一社会信用代码, 更正项目, 更正值, 更正原因 and 文号 (or creditCode, field, value, reason, document) in the first \(DepartmentHeader.searchedRows) rows; nothing is corrected"
        ))
    }
  }

  /// The columns of a header row that names all five; nil otherwise.
  static func header(_ row: TableRow) -> [String: Int]? {
    var found: [String: Int] = [:]
    for (offset, cell) in row.cells.enumerated() {
      let name = CellText.asciiLowercased(String(CellText.trimmed(CellText.narrowed(cell))))
      for column in columns where column.names.contains(name) && found[column.key] == nil {
        found[column.key] = offset
      }
    }
    return found.count == columns.count ? found : nil
  }

  private mutating func read(_ row: TableRow, columns: [String: Int]) {
    func cell(_ key: String) -> (text: String, place: CellPlace) {
      let index = columns[key] ?? 0
      return (String(CellText.trimmed(row.cell(column: index + 1))), row.place(column: index + 1))
    }
    let before = problems.count
    let code = cell("code")
    let normal = CreditCode.normalised(code.text)
    if case .failure(let problem) = CreditCode.validate(normal) {
      problems.append(DataProblem(.badCreditCode, at: code.place, "\(problem)"))
    }
    let fieldCell = cell("field")
    let (name, unitText) = DepartmentHeader.split(fieldCell.text)
    var field: Correction.Field?
    var unit: FigureUnit?
    if ["用地面积", "土地面积", "areamu"].contains(CellText.asciiLowercased(name)) {
      field = .areaMu
    } else if let figure = DepartmentField.named(name)?.figure {
      field = .figure(figure)
      if let unitText {
        if let named = FigureUnit.named(unitText), figure.units.contains(named) {
          unit = named
        } else {
          problems.append(
            DataProblem(
              .badUnit, at: fieldCell.place,
              "'\(fieldCell.text)': \(figure) is given in \(figure.units.map(\.rawValue).joined(separator: ", ")), not '\(unitText)'; correct the unit"
            ))
        }
      }
    } else {
      problems.append(
        DataProblem(
          .badCorrection, at: fieldCell.place,
          "'\(fieldCell.text)' is not a figure that can be corrected; write a data file's column name (实缴税金, 工业增加值, tax, …) or 用地面积"
        ))
    }
    let valueCell = cell("value")
    var value: Double?
    var exponent = 0
    if case .figure(let figure) = field, let unit {
      exponent = unit.decimalExponent(to: figure.defaultUnit)
    }
    switch CellNumber(valueCell.text, exponent: exponent) {
    case .empty: value = nil
    case .value(let number): value = number
    case .invalid(let problem):
      var unit = FigureUnit.tenThousandYuan
      if case .figure(let figure) = field { unit = figure.defaultUnit }
      problems.append(DataProblem(.notANumber, at: valueCell.place, problem.message(unit: unit)))
    }
    let reason = cell("reason")
    let document = cell("document")
    for (text, place, what) in [
      (reason.text, reason.place, "the reason"),
      (document.text, document.place, "the document number"),
    ] where text.isEmpty {
      problems.append(
        DataProblem(
          .badCorrection, at: place,
          "\(what) is missing: every correction needs its reason and the document that decided it"))
    }
    guard problems.count == before, let field else { return }
    var correction = Correction(
      code: normal, field: field, value: value, reason: reason.text, document: document.text,
      source: row.place)
    correction.codeSource = code.place
    corrections.append(correction)
  }
}
