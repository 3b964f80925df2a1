import Tables

extension DepartmentHeader {
  /// The data row `row` under this header, with every problem of its
  /// cells; nil for a blank row (no cell of a column we read holds
  /// anything), which is no data, not an error. A row with a bad or
  /// missing credit code keeps its figures but is not joinable.
  public func read(_ row: RowCells) -> DepartmentRow? {
    guard columns.contains(where: { $0.isInput && !CellText.isBlank(row[$0.index]) }) else {
      return nil
    }
    var result = DepartmentRow(place: row.place)
    if !hasYearColumn { result.year = defaultYear }
    for column in columns where column.isInput {
      let text = row[column.index]
      let place = row.place(ofColumn: column.index)
      guard let field = column.field else { continue }
      if case .rejected(let problem) = column.use {
        guard !CellText.isBlank(text) else { continue }
        result.problems.append(
          DataProblem(
            .columnNotRead, at: place,
            "not read: this column's header has an error (see \(problem.place))"))
        if field.figure != nil || field == .scale { result.failedFields.append(field) }
        continue
      }
      Self.read(text, at: place, as: field, unit: column.unit, into: &result)
    }
    return result
  }

  /// Whether a column of the header is for the year (read or not).
  var hasYearColumn: Bool { columns.contains { $0.field == .year } }

  /// Reads one cell of a column that is read into `row`.
  private static func read(
    _ text: String, at place: CellPlace, as field: DepartmentField, unit: FigureUnit?,
    into row: inout DepartmentRow
  ) {
    switch field {
    case .creditCode:
      row.codeText = String(CellText.trimmed(text))
      switch CreditCode.validate(text) {
      case .success(let code):
        row.code = code.text
        row.creditCode = code
      case .failure(let problem):
        row.code = problem.wellFormedCode
        row.problems.append(DataProblem(.badCreditCode, at: place, problem.description))
      }
    case .name:
      let name = CellText.trimmed(text)
      if !name.isEmpty { row.name = Sourced(String(name), source: place) }
    case .year:
      readYear(text, at: place, into: &row)
    case .scale:
      switch DepartmentCells.scale(text) {
      case .success(let scale):
        if let scale { row.scale = Sourced(scale, source: place) }
      case .failure(let problem):
        row.failedFields.append(.scale)
        row.problems.append(
          DataProblem(
            .badScale, at: place,
            "not a scale: '\(problem.text)'; write 规上 or 规下 (above or below designated"
              + " size), or leave the cell empty"))
      }
    case .tax, .revenue, .output, .valueAdded, .energy, .electricity, .emissions, .rnd,
      .employees:
      guard let figure = field.figure else { return }
      readFigure(text, at: place, as: figure, unit: unit ?? figure.defaultUnit, into: &row)
    }
  }

  private static func readYear(_ text: String, at place: CellPlace, into row: inout DepartmentRow) {
    let unmatched = "; until then the row cannot be matched to an enterprise"
    switch DepartmentCells.year(text) {
    case .success(let year?):
      row.year = year
    case .success(nil):
      row.problems.append(
        DataProblem(
          .badYear, at: place,
          "no year: write the performance year the row's figures are for, e.g. 2024"
            + unmatched))
    case .failure(let problem):
      row.problems.append(
        DataProblem(
          .badYear, at: place,
          "not a year: '\(problem.text)'; write the performance year with four digits,"
            + " e.g. 2024" + unmatched))
    }
  }

  private static func readFigure(
    _ text: String, at place: CellPlace, as figure: PerformanceField, unit: FigureUnit,
    into row: inout DepartmentRow
  ) {
    let problem: NumberProblem
    switch CellNumber(text, exponent: unit.decimalExponent(to: figure.defaultUnit)) {
    case .empty:
      return
    case .value(let converted):
      if converted.isFinite {
        row.figures.append(DepartmentFigure(figure, converted, source: place))
        return
      }
      problem = .notANumber(text: String(CellText.trimmed(text)))
    case .invalid(let invalid):
      problem = invalid
    }
    row.failedFields.append(DepartmentField(figure))
    row.problems.append(DataProblem(.notANumber, at: place, problem.message(unit: unit)))
  }
}
