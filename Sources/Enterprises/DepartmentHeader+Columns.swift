import Tables

extension DepartmentHeader {
  /// A header cell's text split into the name and the bracketed unit (or
  /// remark) that ends it, both trimmed, full-width forms narrowed:
  /// `实缴税金（万元）` → (`实缴税金`, `万元`); `用电量[万千瓦时]` →
  /// (`用电量`, `万千瓦时`); `税收` → (`税收`, nil). Brackets: `()`, `[]`
  /// and `【】`, half- or full-width (`（`, `［` narrow to `(`, `[`).
  static func split(_ header: String) -> (name: String, unit: String?) {
    let text = CellText.narrowed(header)
    let openers: [Character: Character] = [")": "(", "]": "[", "】": "【"]
    guard let close = text.last, let opener = openers[close],
      let open = text.dropLast().lastIndex(of: opener)
    else { return (text, nil) }
    let name = CellText.trimmed(String(text[..<open]))
    let unit = CellText.trimmed(
      String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
    return (String(name), String(unit))
  }

  /// The column a header cell describes. A figure's unit must be one of
  /// its field's (records.md's table); other fields take no unit, so a
  /// bracket after them is a remark (`统一社会信用代码（18位）`) and is
  /// not checked.
  static func recognise(_ text: String, index: Int, place: CellPlace) -> DepartmentColumn {
    let header = String(CellText.trimmed(text))
    let (name, unitText) = split(text)
    guard let field = DepartmentField.named(name) else {
      return DepartmentColumn(
        index: index, place: place, header: header, field: nil, unit: nil, use: .ignored)
    }
    guard let figure = field.figure else {
      return DepartmentColumn(
        index: index, place: place, header: header, field: field, unit: nil, use: .read)
    }
    guard let unitText else {
      return DepartmentColumn(
        index: index, place: place, header: header, field: field, unit: figure.defaultUnit,
        use: .read)
    }
    if let unit = FigureUnit.named(unitText), figure.units.contains(unit) {
      return DepartmentColumn(
        index: index, place: place, header: header, field: field, unit: unit, use: .read)
    }
    let units = figure.units.map(\.rawValue)
    let problem = DataProblem(
      .badUnit, at: place,
      "'\(header)': \(figure) is given in \(Self.list(units)), not '\(unitText)':"
        + " correct the unit in the brackets, or leave it out for \(figure.defaultUnit);"
        + " the column is not read until then")
    return DepartmentColumn(
      index: index, place: place, header: header, field: field, unit: nil,
      use: .rejected(problem))
  }

  /// Marks second (and later) columns for one field. For the name, the
  /// first is read and the others skipped with a warning; for any other
  /// field none is read (which one holds the right figures is not for the
  /// program to guess), each later column carrying the error and the first
  /// pointing to the first error. Returns the problems, with their columns.
  static func rejectDuplicates(
    in columns: inout [DepartmentColumn]
  ) -> [(column: Int, problem: DataProblem)] {
    var problems: [(column: Int, problem: DataProblem)] = []
    for field in DepartmentField.allCases {
      let indices = columns.indices.filter { columns[$0].field == field }
      guard let first = indices.first, indices.count > 1 else { continue }
      let firstColumn = columns[first]
      let named = "'\(firstColumn.header)' at \(firstColumn.place)"
      for index in indices.dropFirst() {
        let column = columns[index]
        if field == .name {
          let problem = DataProblem(
            .duplicateColumn, at: column.place, severity: .warning,
            "'\(column.header)' is a second name column (the first is \(named));"
              + " names are read from the first")
          columns[index].use = .skipped(problem)
          problems.append((index, problem))
        } else {
          let problem = DataProblem(
            .duplicateColumn, at: column.place,
            "'\(column.header)' is a second column for \(field) (the first is \(named));"
              + " none of them is read: delete or rename all but one")
          columns[index].use = .rejected(problem)
          problems.append((index, problem))
          if columns[first].use == .read { columns[first].use = .rejected(problem) }
        }
      }
    }
    return problems
  }

  /// `a`, `a or b`, `a, b or c`.
  static func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    let rest = items.dropLast()
    return rest.isEmpty ? last : rest.joined(separator: ", ") + " or " + last
  }
}
